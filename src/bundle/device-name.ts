/**
 * A bundle's `source.device` is the exporting browser's user agent (another
 * tool may write anything): "Chrome on Windows" is what a person can tell a
 * sender by; the rest of the string is noise to them.
 */
export type DeviceName = { browser: string; os: string } | { text: string };

const BROWSERS: [RegExp, string][] = [
  [/Edg(A|iOS)?\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];
const SHORT = 60;

const find = (agent: string, table: [RegExp, string][]) =>
  table.find(([pattern]) => pattern.test(agent))?.[1];

export function deviceName(agent: string): DeviceName {
  const browser = find(agent, BROWSERS);
  const os = find(agent, SYSTEMS);
  if (browser && os) return { browser, os };
  const text = agent.trim();
  return { text: text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text };
}
