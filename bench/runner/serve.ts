import { preview } from 'vite';

import { ROOT } from './paths';

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves the bench build the way `vite preview` serves the app in e2e. */
export async function serve(port: number): Promise<Served> {
  const server = await preview({
    root: ROOT,
    mode: 'bench',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
