export interface TestCouch {
  url: string;
  port: number;
  stop(): Promise<void>;
}
export function startCouch(range?: {
  from?: number;
  to?: number;
}): Promise<TestCouch>;
