import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../errors.js';
import type { InventoryConfig } from './inventory-config.js';
import { parseConfig } from './parse-config.js';

export type Environment = Record<string, string | undefined>;

/**
 * Loads the configuration: the file named by `INVENTORY_CONFIG` (YAML or JSON, optional), then environment variables
 * on top. Without any account configured, syncs one account through the collector's default credential chain.
 */
export async function loadConfig(env: Environment, configFile = env.INVENTORY_CONFIG): Promise<InventoryConfig> {
  const raw = configFile ? await readConfigFile(configFile) : {};
  const merged = applyEnvironment(raw, env);
  const config = parseConfig(merged);
  assertSecretVariablesSet(config, env);
  return config;
}

async function readConfigFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      'INVENTORY_CONFIG',
      `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    // YAML is a superset of JSON, so one parser reads both.
    return parseYaml(text) ?? {};
  } catch (error) {
    throw new ConfigError(
      'INVENTORY_CONFIG',
      `${path} is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

const envOverrides: { variable: string; path: string[] }[] = [
  { variable: 'INVENTORY_SCHEDULE', path: ['schedule', 'cron'] },
  { variable: 'INVENTORY_SCHEDULE_ENABLED', path: ['schedule', 'enabled'] },
  { variable: 'INVENTORY_CONCURRENCY', path: ['concurrency', 'total'] },
  { variable: 'INVENTORY_CONCURRENCY_PER_ACCOUNT', path: ['concurrency', 'perAccount'] },
  { variable: 'INVENTORY_TASK_DEADLINE_SECONDS', path: ['task', 'deadlineSeconds'] },
  { variable: 'INVENTORY_TASK_RETRIES', path: ['task', 'retries'] },
  { variable: 'INVENTORY_DATA_DIR', path: ['store', 'dataDir'] },
  { variable: 'INVENTORY_API_HOST', path: ['api', 'host'] },
  { variable: 'INVENTORY_API_PORT', path: ['api', 'port'] },
  { variable: 'INVENTORY_METRICS_PORT', path: ['metrics', 'port'] },
  { variable: 'COLLECTOR_ADDRESS', path: ['collector', 'address'] },
  { variable: 'LOG_LEVEL', path: ['logLevel'] },
];

function applyEnvironment(raw: unknown, env: Environment): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const merged = structuredClone(raw) as Record<string, unknown>;
  for (const { variable, path } of envOverrides) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    setPath(merged, path, value);
  }
  if (env.INVENTORY_TLS_CERT || env.INVENTORY_TLS_KEY) {
    setPath(merged, ['api', 'tls'], {
      certFile: env.INVENTORY_TLS_CERT,
      keyFile: env.INVENTORY_TLS_KEY,
      caFile: env.INVENTORY_TLS_CA,
    });
  }
  if (merged.accounts === undefined) {
    merged.accounts = [
      {
        name: 'default',
        credentials: { type: 'default' },
        regions: env.INVENTORY_REGIONS,
        services: env.INVENTORY_SERVICES,
      },
    ];
  }
  return merged;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const segment of path.slice(0, -1)) {
    const child = node[segment];
    if (typeof child !== 'object' || child === null || Array.isArray(child)) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
}

/** A variable named in the config but unset is a configuration error at start-up; its value is read only when sending. */
function assertSecretVariablesSet(config: InventoryConfig, env: Environment): void {
  config.accounts.forEach((account, index) => {
    const credentials = account.credentials;
    const keys = credentials.type === 'assume_role' ? credentials.source : credentials;
    const prefix = `accounts[${index}].credentials`;
    const named: [string, string | undefined][] =
      keys.type === 'static'
        ? [
            ['accessKeyIdEnv', keys.accessKeyIdEnv],
            ['secretAccessKeyEnv', keys.secretAccessKeyEnv],
            ['sessionTokenEnv', keys.sessionTokenEnv],
          ]
        : [];
    if (credentials.type === 'assume_role') named.push(['externalIdEnv', credentials.externalIdEnv]);
    for (const [key, variable] of named) {
      if (variable !== undefined && !env[variable])
        throw new ConfigError(`${prefix}.${key}`, `names ${variable}, which is not set`);
    }
  });
  if (config.collector.tokenEnv && !env[config.collector.tokenEnv]) {
    throw new ConfigError('collector.tokenEnv', `names ${config.collector.tokenEnv}, which is not set`);
  }
}
