import { startAwsCollector } from '@cloud-inventory/collector-aws';
import { pino } from 'pino';

/**
 * The AWS collector as its own process for the benchmark (so its memory is measured apart): prints
 * `{"port":N}` once listening and stops on SIGTERM.
 */
const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination({ fd: 2, sync: true }));
const collector = await startAwsCollector({ host: '127.0.0.1', port: 0, logger });
process.stdout.write(`${JSON.stringify({ port: collector.port })}\n`);
process.once('SIGTERM', () => {
  void collector.stop().then(() => process.exit(0));
});
