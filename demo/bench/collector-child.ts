import { startAwsCollector } from '@cloud-inventory/collector-aws';
import { pino } from 'pino';

/**
 * The AWS collector as its own process for the benchmark (so its memory is measured apart): serves loopback only,
 * without a token, and accepts the simulator's endpoint (BENCH_SIM_ENDPOINT) alone; prints `{"port":N}` once
 * listening and stops on SIGTERM.
 */
const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination({ fd: 2, sync: true }));
const simulatorEndpoint = process.env.BENCH_SIM_ENDPOINT;
if (!simulatorEndpoint) throw new Error('BENCH_SIM_ENDPOINT: required (the simulator the benchmark started)');
const collector = await startAwsCollector({
  host: '127.0.0.1',
  port: 0,
  logger,
  insecureNoAuth: true,
  allowedEndpoints: [simulatorEndpoint],
});
process.stdout.write(`${JSON.stringify({ port: collector.port })}\n`);
process.once('SIGTERM', () => {
  void collector.stop().then(() => process.exit(0));
});
