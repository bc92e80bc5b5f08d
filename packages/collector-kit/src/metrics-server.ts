import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';

export interface MetricsEndpoint {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /**
   * A default rather than a setting: when the port is taken (a second collector on one machine), serve without
   * metrics, with a warning, instead of refusing to start.
   */
  optional?: boolean;
}

export interface RunningMetricsServer {
  port: number;
  stop(): Promise<void>;
}

/** Serves a registry on GET /metrics in the Prometheus text format; anything else is 404. */
export async function startMetricsServer(
  registry: Registry,
  endpoint: MetricsEndpoint,
  logger: Logger,
): Promise<RunningMetricsServer> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end('not found\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (error: unknown) => {
        logger.error({ err: error }, 'metrics collection failed');
        response.writeHead(500).end('metrics unavailable\n');
      },
    );
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(endpoint.port, endpoint.host, () => resolve());
    });
  } catch (error) {
    throw new Error(`cannot serve metrics on ${endpoint.host}:${endpoint.port}`, { cause: error });
  }
  const port = (server.address() as AddressInfo).port;
  logger.info({ host: endpoint.host, port }, 'metrics listening');
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
