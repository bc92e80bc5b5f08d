import { serverTlsFromEnv } from '@cloud-inventory/protocol';
import { pino } from 'pino';
import { redactPaths } from './log-redaction.js';
import { startAwsCollector } from './server.js';

/** `npm run collector`: the AWS collector's gRPC server, configured from the environment. */
async function main(): Promise<void> {
  const env = process.env;
  const logger = pino({
    level: env.LOG_LEVEL ?? 'info',
    base: { service: 'collector-aws' },
    redact: { paths: redactPaths, censor: '[redacted]' },
  });
  const port = Number(env.COLLECTOR_PORT ?? '50051');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    logger.fatal({ key: 'COLLECTOR_PORT' }, 'COLLECTOR_PORT must be a port number');
    process.exit(2);
  }
  const poolSize = env.COLLECTOR_POOL_SIZE === undefined ? undefined : Number(env.COLLECTOR_POOL_SIZE);
  if (poolSize !== undefined && !(Number.isInteger(poolSize) && poolSize >= 0)) {
    logger.fatal({ key: 'COLLECTOR_POOL_SIZE' }, 'COLLECTOR_POOL_SIZE must be a whole number');
    process.exit(2);
  }
  const workerHeapMb = env.COLLECTOR_WORKER_HEAP_MB === undefined ? undefined : Number(env.COLLECTOR_WORKER_HEAP_MB);
  if (workerHeapMb !== undefined && !(Number.isInteger(workerHeapMb) && workerHeapMb >= 32)) {
    logger.fatal(
      { key: 'COLLECTOR_WORKER_HEAP_MB' },
      'COLLECTOR_WORKER_HEAP_MB must be a whole number of MiB, 32 or more',
    );
    process.exit(2);
  }
  const token = env.COLLECTOR_API_TOKEN || undefined;
  if (!token) logger.warn({ key: 'COLLECTOR_API_TOKEN' }, 'no API token set: calls are not authenticated');
  const collector = await startAwsCollector({
    host: env.COLLECTOR_HOST ?? '0.0.0.0',
    port,
    token,
    tls: serverTlsFromEnv(env, 'COLLECTOR'),
    logger,
    poolSize,
    workerHeapMb,
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    collector.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`collector-aws: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
