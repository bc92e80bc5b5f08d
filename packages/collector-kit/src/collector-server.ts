import {
  Server,
  type Metadata,
  type ServerWritableStream,
  type ServiceDefinition,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import {
  acceptPreEncodedResponses,
  createServerCredentials,
  loadCollectorProto,
  serverStreamHandler,
  unaryHandler,
  writeMessage,
  type CollectRequest__Output,
  type CollectResponse,
  type CollectorHandlers,
  type GetTasksRequest__Output,
  type GetTasksResponse,
  type InitRequest__Output,
  type InitResponse,
  type JobHandlers,
  type ServerTlsOptions,
  type VerifyRequest__Output,
  type VerifyResponse,
} from '@cloud-inventory/protocol';
import type { Logger } from 'pino';
import { CollectorEngine, type CollectorEngineOptions } from './collector-engine.js';
import { CollectorMetrics } from './collector-metrics.js';
import { startMetricsServer, type MetricsEndpoint, type RunningMetricsServer } from './metrics-server.js';
import { assertSafeExposure } from './server-exposure.js';
import { collectorRequestLimits } from './request-limits.js';

export interface CollectorServerOptions extends Omit<CollectorEngineOptions, 'logger'> {
  logger: Logger;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Every call needs `authorization: Bearer <token>`; without one the server refuses to start... */
  token?: string | undefined;
  /** ...unless this is set, and then it listens on a loopback host only (tests, an in-process collector). */
  insecureNoAuth?: boolean | undefined;
  tls?: ServerTlsOptions | undefined;
  /** Serve the metrics (and the Node.js process metrics) on GET /metrics there; not served by default. */
  metricsEndpoint?: MetricsEndpoint | undefined;
  /** More services on the same port (such as the AWS collector's ResourceActions). */
  additionalServices?: { definition: ServiceDefinition; implementation: UntypedServiceImplementation }[];
}

export interface RunningCollector {
  address: string;
  port: number;
  engine: CollectorEngine;
  /** The collector's metrics (served on `metricsPort` when a metrics endpoint was asked for). */
  metrics: CollectorMetrics;
  metricsPort?: number;
  stop(): Promise<void>;
}

const jobIdBinding = (metadata: Metadata): Record<string, unknown> => {
  const jobId = metadata.get('x-job-id')[0];
  return typeof jobId === 'string' && jobId !== '' ? { jobId } : {};
};

/** The Job and Collector services over one engine; every handler goes through the protocol's status mapping. */
export function createCollectorHandlers(engine: CollectorEngine, options: CollectorServerOptions) {
  const wrap = { logger: options.logger, token: options.token, bindings: jobIdBinding, limits: collectorRequestLimits };
  const job: JobHandlers = {
    GetTasks: unaryHandler<GetTasksRequest__Output, GetTasksResponse>(wrap, 'GetTasks', (request, context) =>
      engine.getTasks(request.options, request.secret, context.log as Logger),
    ),
  };
  const collector: CollectorHandlers = {
    Init: unaryHandler<InitRequest__Output, InitResponse>(wrap, 'Init', async () => engine.init()),
    Verify: unaryHandler<VerifyRequest__Output, VerifyResponse>(wrap, 'Verify', (request, context) =>
      engine.verify(request.options, request.secret, context.log as Logger),
    ),
    Collect: serverStreamHandler<CollectRequest__Output, CollectResponse>(wrap, 'Collect', (request, call, context) =>
      engine.collect(
        request,
        (response) => writeMessage(call as ServerWritableStream<unknown, CollectResponse | Uint8Array>, response),
        context.log as Logger,
        context.signal,
      ),
    ),
  };
  return { job, collector };
}

/** Starts a gRPC collector server for a registry (the AWS collector, or a test's registry). */
export async function startCollectorServer(options: CollectorServerOptions): Promise<RunningCollector> {
  const host = options.host ?? '127.0.0.1';
  assertSafeExposure({ host, token: options.token, insecureNoAuth: options.insecureNoAuth });
  const metrics = options.metrics ?? new CollectorMetrics({ defaultMetrics: options.metricsEndpoint !== undefined });
  const engine = new CollectorEngine({ ...options, metrics });
  const proto = loadCollectorProto();
  const server = new Server({ 'grpc.max_send_message_length': 64 * 1024 * 1024 });
  const handlers = createCollectorHandlers(engine, options);
  server.addService(proto.Job.service, handlers.job);
  server.addService(acceptPreEncodedResponses(proto.Collector.service, 'Collect'), handlers.collector);
  for (const extra of options.additionalServices ?? []) server.addService(extra.definition, extra.implementation);
  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`${host}:${options.port ?? 0}`, createServerCredentials(options.tls), (error, bound) =>
        error ? reject(error) : resolve(bound),
      ),
    );
  } catch (error) {
    await engine.close();
    throw new Error(`cannot listen on ${host}:${options.port ?? 0}`, { cause: error });
  }
  let metricsServer: RunningMetricsServer | undefined;
  if (options.metricsEndpoint) {
    try {
      metricsServer = await startMetricsServer(metrics.registry, options.metricsEndpoint, options.logger);
    } catch (error) {
      if (options.metricsEndpoint.optional) {
        // Documented expected case: the default metrics port is taken; the collector serves without metrics.
        options.logger.warn({ err: error, port: options.metricsEndpoint.port }, 'metrics port taken: no /metrics');
      } else {
        server.forceShutdown();
        await engine.close();
        throw error;
      }
    }
  }
  options.logger.info(
    { host, port, tls: options.tls !== undefined, auth: Boolean(options.token) },
    'collector listening',
  );
  const address = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    address,
    port,
    engine,
    metrics,
    ...(metricsServer ? { metricsPort: metricsServer.port } : {}),
    async stop() {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.forceShutdown(), 5_000);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      await metricsServer?.stop();
      await engine.close();
    },
  };
}
