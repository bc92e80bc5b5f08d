import { excerpt } from '@cloud-inventory/protocol';
import { ConfigError } from '../errors.js';
import { parseCronExpression } from '../schedule/cron-expression.js';
import { ConfigReader } from './config-reader.js';
import { parseReactConfig } from '../react/config/parse-react-config.js';
import { parseHa } from './parse-ha.js';
import { parseOrganizations } from './parse-organizations.js';
import { defaultCollectorAddress, defaultRetention, hourly } from './inventory-config.js';
import type { AccountConfig, CredentialsReference, InventoryConfig, TlsFiles } from './inventory-config.js';

const accountIdPattern = { regex: /^\d{12}$/, description: 'a 12-digit AWS account id' };
const regionPattern = { regex: /^(global|[a-z]{2}(-[a-z]+)+-\d)$/, description: 'a region code such as eu-west-1' };
const servicePattern = { regex: /^[a-z0-9][a-z0-9-]*$/, description: 'a service name such as ec2' };
const envNamePattern = { regex: /^[A-Za-z_][A-Za-z0-9_]*$/, description: 'an environment variable name' };
const roleArnPattern = { regex: /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/, description: 'an IAM role ARN' };
const addressPattern = {
  regex: /^((dns:\/\/\/)?[^\s:/]+:\d{1,5}|ipv4:\d{1,3}(\.\d{1,3}){3}:\d{1,5}(,\d{1,3}(\.\d{1,3}){3}:\d{1,5})*)$/,
  description: 'host:port, dns:///host:port or ipv4:IP:port,IP:port,…',
};
const urlPattern = { regex: /^https?:\/\/\S+$/, description: 'an http(s) URL' };
const namePattern = { regex: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, description: 'letters, digits, _ . -' };

/** Validates a parsed config file (any shape) into the inventory configuration; the first problem throws. */
export function parseConfig(raw: unknown): InventoryConfig {
  const root = ConfigReader.root(raw ?? {});
  root.rejectUnknownKeys([
    'accounts',
    'organizations',
    'collector',
    'schedule',
    'concurrency',
    'task',
    'store',
    'api',
    'metrics',
    'logLevel',
    'retention',
    'react',
    'ha',
  ]);

  const collector = root.object('collector');
  collector.rejectUnknownKeys(['address', 'tokenEnv', 'caFile']);
  const collectorAddress = collector.string('address', defaultCollectorAddress, addressPattern);
  const collectorTokenEnv = collector.optionalString('tokenEnv', envNamePattern);
  const collectorCaFile = collector.optionalString('caFile');

  const accounts = root.objectList('accounts').map((account) => parseAccount(account, collectorAddress));
  if (accounts.length === 0) throw new ConfigError('accounts', 'must list at least one account');
  rejectDuplicateNames(accounts);
  const organizations = parseOrganizations(root.objectList('organizations'), accounts);

  const schedule = root.object('schedule');
  schedule.rejectUnknownKeys(['cron', 'enabled']);
  const cron = schedule.string('cron', hourly);
  try {
    parseCronExpression(cron);
  } catch (error) {
    throw new ConfigError(schedule.key('cron'), `is not a valid cron expression (${(error as Error).message})`);
  }

  const concurrency = root.object('concurrency');
  concurrency.rejectUnknownKeys(['total', 'perAccount']);
  const total = concurrency.integer('total', 16, { min: 1, max: 256 });
  const perAccount = concurrency.integer('perAccount', Math.min(8, total), { min: 1, max: 256 });
  if (perAccount > total)
    throw new ConfigError(concurrency.key('perAccount'), `must not exceed concurrency.total (${total})`);

  const task = root.object('task');
  task.rejectUnknownKeys(['deadlineSeconds', 'retries', 'retryBackoffMs']);

  const store = root.object('store');
  store.rejectUnknownKeys(['dataDir']);

  const api = root.object('api');
  api.rejectUnknownKeys(['host', 'port', 'tokenEnv', 'tls']);
  const metrics = root.object('metrics');
  metrics.rejectUnknownKeys(['host', 'port', 'enabled']);
  const retention = root.object('retention');
  retention.rejectUnknownKeys(['orphanedAfterDays']);

  return {
    accounts,
    organizations,
    collector: { tokenEnv: collectorTokenEnv, caFile: collectorCaFile },
    schedule: { cron, enabled: schedule.boolean('enabled', true) },
    concurrency: { total, perAccount },
    task: {
      deadlineMs: task.integer('deadlineSeconds', 900, { min: 1, max: 86_400 }) * 1000,
      retries: task.integer('retries', 2, { min: 0, max: 10 }),
      retryBackoffMs: task.integer('retryBackoffMs', 500, { min: 0, max: 60_000 }),
    },
    store: { dataDir: store.string('dataDir', '.data') },
    api: {
      host: api.string('host', '127.0.0.1'),
      port: api.integer('port', 50052, { min: 0, max: 65_535 }),
      tokenEnv: api.string('tokenEnv', 'INVENTORY_API_TOKEN', envNamePattern),
      tls: parseTls(api.optionalObject('tls')),
    },
    metrics: {
      host: metrics.string('host', '127.0.0.1'),
      port: metrics.integer('port', 9464, { min: 0, max: 65_535 }),
      enabled: metrics.boolean('enabled', true),
    },
    retention: {
      orphanedAfterDays: retention.integer('orphanedAfterDays', defaultRetention.orphanedAfterDays, {
        min: 1,
        max: 3650,
      }),
    },
    logLevel: root.oneOf('logLevel', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
    react: parseReactConfig((raw as Record<string, unknown> | null | undefined)?.['react']),
    ha: parseHa(root.object('ha')),
  };
}

function parseAccount(account: ConfigReader, collectorAddress: string): AccountConfig {
  account.rejectUnknownKeys([
    'name',
    'id',
    'provider',
    'collector',
    'credentials',
    'regions',
    'services',
    'endpointUrl',
  ]);
  const id = account.optionalString('id', accountIdPattern);
  return {
    name: account.string('name', id, namePattern),
    id,
    provider: account.oneOf('provider', ['aws'], 'aws'),
    collectorAddress: account.string('collector', collectorAddress, addressPattern),
    credentials: parseCredentials(account.object('credentials')),
    regions: account.stringList('regions', regionPattern),
    services: account.stringList('services', servicePattern),
    endpointUrl: account.optionalString('endpointUrl', urlPattern),
  };
}

const staticKeys = ['accessKeyIdEnv', 'secretAccessKeyEnv', 'sessionTokenEnv'] as const;

function parseStaticKeys(reader: ConfigReader): {
  type: 'static';
  accessKeyIdEnv: string;
  secretAccessKeyEnv: string;
  sessionTokenEnv?: string;
} {
  return {
    type: 'static',
    accessKeyIdEnv: reader.string('accessKeyIdEnv', undefined, envNamePattern),
    secretAccessKeyEnv: reader.string('secretAccessKeyEnv', undefined, envNamePattern),
    sessionTokenEnv: reader.optionalString('sessionTokenEnv', envNamePattern),
  };
}

function parseCredentials(credentials: ConfigReader): CredentialsReference {
  const type = credentials.oneOf('type', ['default', 'static', 'assume_role'], 'default');
  if (type === 'default') {
    credentials.rejectUnknownKeys(['type']);
    return { type };
  }
  if (type === 'static') {
    credentials.rejectUnknownKeys(['type', ...staticKeys]);
    return parseStaticKeys(credentials);
  }
  credentials.rejectUnknownKeys(['type', 'roleArn', 'externalId', 'externalIdEnv', 'sessionName', ...staticKeys]);
  if (credentials.has('externalId') && credentials.has('externalIdEnv')) {
    throw new ConfigError(credentials.key('externalIdEnv'), 'give either externalId or externalIdEnv, not both');
  }
  return {
    type,
    roleArn: credentials.string('roleArn', undefined, roleArnPattern),
    externalId: credentials.optionalString('externalId'),
    externalIdEnv: credentials.optionalString('externalIdEnv', envNamePattern),
    sessionName: credentials.optionalString('sessionName', {
      regex: /^[\w+=,.@-]{2,64}$/,
      description: 'a role session name',
    }),
    source:
      credentials.has('accessKeyIdEnv') || credentials.has('secretAccessKeyEnv')
        ? parseStaticKeys(credentials)
        : { type: 'default' },
  };
}

function parseTls(tls: ConfigReader | undefined): TlsFiles | undefined {
  if (!tls) return undefined;
  tls.rejectUnknownKeys(['certFile', 'keyFile', 'caFile']);
  return { certFile: tls.string('certFile'), keyFile: tls.string('keyFile'), caFile: tls.optionalString('caFile') };
}

function rejectDuplicateNames(accounts: AccountConfig[]): void {
  const seen = new Set<string>();
  accounts.forEach((account, index) => {
    if (seen.has(account.name))
      throw new ConfigError(`accounts[${index}].name`, `duplicate account name ${excerpt(account.name)}`);
    seen.add(account.name);
  });
}
