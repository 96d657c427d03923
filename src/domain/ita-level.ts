/**
 * The NACC's ITA levels by score (the bands used since the 2566 assessment).
 * Only a suggestion for the person entering a result: the level announced
 * is what is stored, and bands may change — so they are data, not logic.
 */
export const ITA_LEVEL_BANDS: readonly { level: string; min: number }[] = [
  { level: 'AA', min: 95 },
  { level: 'A', min: 85 },
  { level: 'B', min: 75 },
  { level: 'C', min: 65 },
  { level: 'D', min: 55 },
  { level: 'E', min: 50 },
  { level: 'F', min: 0 },
];

/** suggestedItaLevel(96.73) === 'AA' */
export function suggestedItaLevel(score: number): string {
  return ITA_LEVEL_BANDS.find((band) => score >= band.min)?.level ?? 'F';
}
