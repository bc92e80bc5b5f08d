import type { Logger } from 'pino';

export interface EmbeddedCollector {
  address: string;
  stop(): Promise<void>;
}

/**
 * `npm start` runs the AWS collector in this process for a one-command set-up. The services still meet only over
 * gRPC (on loopback); the import is dynamic so the inventory library itself never depends on a collector.
 */
export async function startEmbeddedCollector(logger: Logger, token: string | undefined): Promise<EmbeddedCollector> {
  const { startAwsCollector } = await import('@cloud-inventory/collector-aws');
  const collector = await startAwsCollector({ host: '127.0.0.1', port: 0, logger, ...(token ? { token } : {}) });
  return { address: `127.0.0.1:${collector.port}`, stop: () => collector.stop() };
}
