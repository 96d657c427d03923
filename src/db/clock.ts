// The effectful edge of the domain's pure functions: ids and time are made here.

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
