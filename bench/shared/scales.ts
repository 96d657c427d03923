/** The three sizes the benchmark measures (issue 7). */
export const SCALES = {
  office: { offices: 1, measuresPerOffice: 12, updates: 100 },
  province: { offices: 300, measuresPerOffice: 12, updates: 100_000 },
  nation: { offices: 8_000, measuresPerOffice: 12, updates: 1_000_000 },
} as const;

export type ScaleName = keyof typeof SCALES;
export type Scale = (typeof SCALES)[ScaleName];

export const isScaleName = (name: string): name is ScaleName =>
  Object.hasOwn(SCALES, name);
