import { CollectorConfigError } from '@cloud-inventory/collector-kit';
import { pino } from 'pino';
import { collectorSettingsFrom } from './collector-settings.js';
import { redactPaths } from './log-redaction.js';
import { startAwsCollector } from './server.js';

/** `npm run collector [-- --insecure-no-auth]`: the AWS collector's gRPC server, configured from the environment. */
async function main(): Promise<void> {
  const env = process.env;
  const settings = collectorSettingsFrom(env, process.argv.slice(2));
  const logger = pino({
    level: env.LOG_LEVEL ?? 'info',
    base: { service: 'collector-aws' },
    redact: { paths: redactPaths, censor: '[redacted]' },
  });
  const collector = await startAwsCollector({ ...settings, logger });
  if (!settings.token) logger.warn({ host: settings.host }, 'no API token: serving unauthenticated on loopback');
  logger.info(
    {
      actionsEnabled: settings.actionsEnabled,
      allowedEndpoints: settings.allowedEndpoints,
      allowDefaultCredentialsWithEndpoint: settings.allowDefaultCredentialsWithEndpoint,
      metricsPort: collector.metricsPort ?? 'off',
    },
    'collector settings',
  );

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
  // A refused or malformed configuration is a usage error (2); anything else failed the start (1).
  process.exit(error instanceof CollectorConfigError ? 2 : 1);
});
