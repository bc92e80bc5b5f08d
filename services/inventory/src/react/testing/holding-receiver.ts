import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server on 127.0.0.1:0 that holds every request open until release() (a webhook that hangs). */
export async function startHoldingReceiver() {
  const held: ServerResponse[] = [];
  let announceFirst: () => void = () => {};
  const firstRequest = new Promise<void>((resolve) => (announceFirst = resolve));
  const server = createServer((request, response) => {
    request.resume();
    held.push(response);
    announceFirst();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Resolves when the first request has arrived (and is being held). */
    firstRequest,
    get heldCount() {
      return held.length;
    },
    release(): void {
      for (const response of held.splice(0)) response.writeHead(200).end();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
