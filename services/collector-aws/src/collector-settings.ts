import { CollectorConfigError } from '@cloud-inventory/collector-kit';
import { serverTlsFromEnv } from '@cloud-inventory/protocol';
import type { AwsCollectorOptions } from './server.js';

const insecureNoAuthFlag = '--insecure-no-auth';

/**
 * The collector's settings from its environment and command line (`npm run collector`, the image). Anything
 * malformed is a CollectorConfigError naming the variable; the unsafe combinations are refused when the server starts.
 */
export function collectorSettingsFrom(env: NodeJS.ProcessEnv, argv: readonly string[]): AwsCollectorOptions {
  for (const arg of argv) {
    if (arg !== insecureNoAuthFlag)
      throw new CollectorConfigError(arg, `unknown argument; known: ${insecureNoAuthFlag}`);
  }
  const insecureNoAuth = argv.includes(insecureNoAuthFlag) || booleanOf(env, 'COLLECTOR_INSECURE_NO_AUTH');
  const poolSize = wholeNumberOf(env, 'COLLECTOR_POOL_SIZE', 0);
  const workerHeapMb = wholeNumberOf(env, 'COLLECTOR_WORKER_HEAP_MB', 32);
  return {
    // Without a token the only safe default is loopback; with one, every interface (a container's network).
    host: env.COLLECTOR_HOST || (insecureNoAuth ? '127.0.0.1' : '0.0.0.0'),
    port: portOf(env),
    token: env.COLLECTOR_API_TOKEN || undefined,
    insecureNoAuth,
    actionsEnabled: booleanOf(env, 'COLLECTOR_ACTIONS_ENABLED'),
    allowedEndpoints: listOf(env, 'COLLECTOR_ALLOWED_ENDPOINTS'),
    allowDefaultCredentialsWithEndpoint: booleanOf(env, 'COLLECTOR_ALLOW_DEFAULT_CREDENTIALS_WITH_ENDPOINT'),
    tls: serverTlsFromEnv(env, 'COLLECTOR'),
    // Prometheus /metrics: on loopback by default like the inventory's (compose sets 0.0.0.0); port 0 turns it off.
    metricsHost: env.COLLECTOR_METRICS_HOST || '127.0.0.1',
    metricsPort: metricsPortOf(env),
    metricsPortIsDefault: !env.COLLECTOR_METRICS_PORT,
    ...(poolSize === undefined ? {} : { poolSize }),
    ...(workerHeapMb === undefined ? {} : { workerHeapMb }),
    env,
  };
}

function portOf(env: NodeJS.ProcessEnv): number {
  const port = Number(env.COLLECTOR_PORT ?? '50051');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CollectorConfigError('COLLECTOR_PORT', 'must be a port number (0-65535)');
  }
  return port;
}

/** COLLECTOR_METRICS_PORT, default 9465; 0 serves no metrics. */
function metricsPortOf(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.COLLECTOR_METRICS_PORT;
  const port = Number(raw === undefined || raw === '' ? '9465' : raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CollectorConfigError('COLLECTOR_METRICS_PORT', 'must be a port number (0-65535; 0 serves no metrics)');
  }
  return port === 0 ? undefined : port;
}

function wholeNumberOf(env: NodeJS.ProcessEnv, key: string, minimum: number): number | undefined {
  const raw = env[key];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) {
    throw new CollectorConfigError(key, `must be a whole number, ${minimum} or more`);
  }
  return value;
}

function booleanOf(env: NodeJS.ProcessEnv, key: string): boolean {
  const raw = (env[key] ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new CollectorConfigError(key, 'must be true or false');
}

function listOf(env: NodeJS.ProcessEnv, key: string): string[] {
  return (env[key] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
