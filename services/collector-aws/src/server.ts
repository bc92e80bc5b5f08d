import { startCollectorServer, type RunningCollector } from '@cloud-inventory/collector-kit';
import type { ServerTlsOptions } from '@cloud-inventory/protocol';
import type { Logger } from 'pino';
import { pino } from 'pino';
import { registry } from './registry.js';
import { ResourceActionsExecutor, resourceActionsHandlers, resourceActionsServiceDefinition } from './actions/index.js';

export interface AwsCollectorOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** When set, every call needs `authorization: Bearer <token>`. */
  token?: string;
  tls?: ServerTlsOptions;
  logger?: Logger;
  /** Worker threads (default: one per core); 0 collects on the main thread. */
  poolSize?: number;
  /** Each worker thread's heap cap in MiB (default 192). */
  workerHeapMb?: number;
  /** Resources per streamed message (default 500). */
  batchSize?: number;
  /** SDK attempts per call, throttling included (default 10, adaptive retry mode). */
  maxAttempts?: number;
}

// Works from src (tests, tsx) and from dist: the worker imports the registry module next to this file.
const registryModule = new URL(import.meta.url.endsWith('.ts') ? './registry.ts' : './registry.js', import.meta.url)
  .href;

/** Starts the AWS collector's gRPC server (Job + Collector + ResourceActions services). */
export function startAwsCollector(options: AwsCollectorOptions = {}): Promise<RunningCollector> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const retry = { mode: 'adaptive' as const, maxAttempts: options.maxAttempts ?? 10 };
  const actions = new ResourceActionsExecutor({ retry });
  return startCollectorServer({
    additionalServices: [
      {
        definition: resourceActionsServiceDefinition(),
        implementation: resourceActionsHandlers(actions, { logger, token: options.token }),
      },
    ],
    registry,
    registryModule,
    registryExport: 'registry',
    logger,
    host: options.host,
    port: options.port,
    token: options.token,
    tls: options.tls,
    poolSize: options.poolSize,
    workerHeapMb: options.workerHeapMb,
    batchSize: options.batchSize,
    retry,
  });
}
