export interface TestCouch {
  url: string;
  port: number;
  stop(): Promise<void>;
}
export function freePort(from: number, to: number): Promise<number>;
export function startCouch(range?: {
  from?: number;
  to?: number;
}): Promise<TestCouch>;
