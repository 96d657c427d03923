export interface Setup {
  offices?: { id: string; staff?: string[]; readers?: string[] }[];
  users?: { name: string; password: string; roles?: string[] }[];
}
export const officeDatabase: (officeId: string) => string;
export const staffRole: (officeId: string) => string;
export function validateFunction(officeId: string): string;
export function setupCouch(
  server: string,
  admin: { name: string; password: string },
  setup: Setup,
  options?: { makeAdmin?: boolean; validate?: boolean },
): Promise<void>;
