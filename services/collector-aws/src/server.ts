import {
  EndpointPolicy,
  startCollectorServer,
  type DnsLookup,
  type RunningCollector,
} from '@cloud-inventory/collector-kit';
import type { ServerTlsOptions } from '@cloud-inventory/protocol';
import type { Logger } from 'pino';
import { pino } from 'pino';
import { registry } from './registry.js';
import { ResourceActionsExecutor, resourceActionsHandlers, resourceActionsServiceDefinition } from './actions/index.js';

export interface AwsCollectorOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Every call needs `authorization: Bearer <token>`; without one the collector refuses to start... */
  token?: string | undefined;
  /** ...unless this is set, and then it listens on a loopback host only. */
  insecureNoAuth?: boolean;
  /** Serve ResourceActions (terminate instances, delete volumes and snapshots, tags); off: PERMISSION_DENIED. */
  actionsEnabled?: boolean;
  /** Origins a request's endpoint_url may name (such as an emulator's `http://aws-sim:4566`); none by default. */
  allowedEndpoints?: readonly string[];
  /** Send the collector's own credentials to an allowed endpoint when a request carries no keys; off by default. */
  allowDefaultCredentialsWithEndpoint?: boolean;
  tls?: ServerTlsOptions | undefined;
  logger?: Logger;
  /** Worker threads (default: one per core); 0 collects on the main thread. */
  poolSize?: number;
  /**
   * Items collected on the main thread, since the collector was last idle, before kinds go to the worker threads
   * (started then). Default 0: every kind runs in a worker.
   */
  inlineItems?: number;
  /** Each worker thread's heap cap in MiB (default 192). */
  workerHeapMb?: number;
  /** Resources per streamed message (default 500). */
  batchSize?: number;
  /** SDK attempts per call, throttling included (default 10, adaptive retry mode). */
  maxAttempts?: number;
  /** Resolves AWS host names (default: the system's resolver); tests inject DNS failures. Needs poolSize 0. */
  lookup?: DnsLookup;
  env?: NodeJS.ProcessEnv;
  /** Serve Prometheus metrics on GET /metrics at this host and port (0: a free port); not served when unset. */
  metricsHost?: string;
  metricsPort?: number | undefined;
  /** The port is a default, not a setting: when it is taken, serve without metrics (a warning) rather than fail. */
  metricsPortIsDefault?: boolean;
}

// Works from src (tests, tsx) and from dist: the worker imports the registry module next to this file.
const registryModule = new URL(import.meta.url.endsWith('.ts') ? './registry.ts' : './registry.js', import.meta.url)
  .href;

/** Starts the AWS collector's gRPC server (Job + Collector + ResourceActions services). */
export function startAwsCollector(options: AwsCollectorOptions = {}): Promise<RunningCollector> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const retry = { mode: 'adaptive' as const, maxAttempts: options.maxAttempts ?? 10 };
  const env = options.env ?? process.env;
  const endpoints = new EndpointPolicy({
    allowedEndpoints: options.allowedEndpoints,
    allowDefaultCredentialsWithEndpoint: options.allowDefaultCredentialsWithEndpoint,
    env,
  });
  const actions = options.actionsEnabled
    ? new ResourceActionsExecutor({ retry, endpoints, lookup: options.lookup, env })
    : undefined;
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
    insecureNoAuth: options.insecureNoAuth,
    tls: options.tls,
    poolSize: options.poolSize,
    inlineItems: options.inlineItems,
    workerHeapMb: options.workerHeapMb,
    batchSize: options.batchSize,
    retry,
    endpoints,
    lookup: options.lookup,
    env,
    metricsEndpoint:
      options.metricsPort === undefined
        ? undefined
        : {
            host: options.metricsHost ?? '127.0.0.1',
            port: options.metricsPort,
            optional: options.metricsPortIsDefault ?? false,
          },
  });
}
