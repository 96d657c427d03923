// A tiny static server for one origin whose content can change: the update
// test serves one build, then switches to the next, as a deployment would.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface SwapServer {
  /** e.g. `http://127.0.0.1:40123` */
  readonly url: string;
  /** Serves `dir` from the next request on. */
  serve(dir: string): void;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Starts serving `dir` on 127.0.0.1 at a free port. */
export async function startSwapServer(dir: string): Promise<SwapServer> {
  let root = resolve(dir);

  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(
        new URL(request.url ?? '/', 'http://localhost').pathname,
      );
      let file = normalize(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      if (!(await isFile(file))) {
        // The app's routes (/measures/…) have no extension: serve the SPA.
        if (extname(pathname) !== '') {
          response.writeHead(404, { 'Content-Type': 'text/plain' }).end();
          return;
        }
        file = join(root, 'index.html');
      }
      const ext = extname(file);
      const body = await readFile(file);
      const revalidate = ext === '.html' || file.endsWith(`${sep}sw.js`);
      response.writeHead(200, {
        'Content-Type': MIME_TYPES[ext] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': revalidate ? 'no-cache' : 'max-age=0',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    serve(next: string) {
      root = resolve(next);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
