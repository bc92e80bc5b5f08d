import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedHook {
  path: string;
  /** The Host header: the name the webhook was sent to, whichever address it connected to. */
  host: string;
  body: Record<string, unknown>;
}

/** A local HTTP server on 127.0.0.1:0 that keeps every POST body; `failFirst` answers 503 to the first N calls. */
export async function startWebhookReceiver(options: { failFirst?: number } = {}) {
  const received: ReceivedHook[] = [];
  let calls = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      calls += 1;
      if (calls <= (options.failFirst ?? 0)) {
        response.writeHead(503).end();
        return;
      }
      received.push({
        path: request.url ?? '',
        host: request.headers.host ?? '',
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    get calls() {
      return calls;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
