/**
 * The monitoring deployment (deploy/monitoring, docker-compose.yml's profiles): Prometheus's config and rules pass
 * promtool, the rules' unit tests pass, every metric the rules and the dashboard query is one the inventory or the
 * collector really registers (read from their registries), and docker-compose accepts the file with every profile.
 * promtool and docker-compose are skipped with a warning when missing, and required under CI=true.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import { startAwsCollector } from '@cloud-inventory/collector-aws';
import { openGraphStore, type GraphStore } from '@cloud-inventory/graph-store';
import { parseConfig, startInventory, type RunningInventory } from '@cloud-inventory/inventory';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const monitoring = join(repoRoot, 'deploy', 'monitoring');
const rulesDir = join(monitoring, 'rules');
const ruleFiles = readdirSync(rulesDir).filter((name) => name.endsWith('.rules.yml'));
const ruleTestFiles = readdirSync(rulesDir).filter((name) => name.endsWith('.test.yml'));
const dashboardsDir = join(monitoring, 'grafana', 'dashboards');

/** Runs a tool; undefined (after a warning) when it is not installed, except under CI=true. */
function run(tool: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(tool, args, { cwd: options.cwd ?? repoRoot, env: options.env, encoding: 'utf8' });
  if (result.error) {
    const apt = tool === 'promtool' ? 'prometheus' : tool;
    if (process.env.CI === 'true') throw new Error(`${tool} is required in CI (apt-get install -y ${apt})`);
    console.warn(`SKIPPED: ${tool} not found; install the Debian package ${apt} to check the monitoring files`);
    return undefined;
  }
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// --- Metric names in PromQL --------------------------------------------------------------------------------------

const promqlWords = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'and',
  'or',
  'unless',
  'bool',
  'offset',
  'inf',
  'nan',
]);

/** The metric (and recording rule) names an expression selects: not its functions, labels, strings or durations. */
function metricNamesOf(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\$\w+/g, ' ');
  const names = new Set<string>();
  for (const match of bare.matchAll(/(?<![\w:.])([a-zA-Z_:][\w:]*)(\s*\()?/g)) {
    const [, name, call] = match;
    if (call || !name || promqlWords.has(name.toLowerCase())) continue;
    names.add(name);
  }
  return [...names];
}

/** Every `expr:` of a rules file (single line or block), and every `record:` name. */
function rulesOf(text: string): { exprs: string[]; records: string[] } {
  const exprs: string[] = [];
  const records: string[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const record = /^\s*-?\s*record:\s*(\S+)/.exec(line);
    if (record?.[1]) records.push(record[1]);
    const expr = /^(\s*)-?\s*expr:\s*(.*)$/.exec(line);
    if (!expr) continue;
    if (expr[2] !== '|' && expr[2] !== '>') {
      exprs.push(expr[2] ?? '');
      continue;
    }
    const block: string[] = [];
    const indent = (expr[1] ?? '').length;
    while (index + 1 < lines.length) {
      const next = lines[index + 1] ?? '';
      if (next.trim() !== '' && next.length - next.trimStart().length <= indent) break;
      block.push(next);
      index += 1;
    }
    exprs.push(block.join('\n'));
  }
  return { exprs, records };
}

interface DashboardPanel {
  title?: string;
  targets?: { expr?: string }[];
  panels?: DashboardPanel[];
}

function dashboardExprs(dashboard: {
  panels?: DashboardPanel[];
  templating?: { list?: { query?: unknown }[] };
}): { where: string; expr: string }[] {
  const found: { where: string; expr: string }[] = [];
  const walk = (panels: DashboardPanel[] | undefined) => {
    for (const panel of panels ?? []) {
      for (const target of panel.targets ?? []) {
        if (target.expr) found.push({ where: `panel "${panel.title ?? '?'}"`, expr: target.expr });
      }
      walk(panel.panels);
    }
  };
  walk(dashboard.panels);
  for (const variable of dashboard.templating?.list ?? []) {
    const query = typeof variable.query === 'string' ? variable.query : (variable.query as { query?: string })?.query;
    // label_values(metric, label): the metric must exist too.
    const metric = query ? /label_values\(\s*([a-zA-Z_:][\w:]*)/.exec(query)?.[1] : undefined;
    if (metric) found.push({ where: 'a template variable', expr: metric });
  }
  return found;
}

// --- The real registries -----------------------------------------------------------------------------------------

let dataDir: string;
let store: GraphStore;
let inventory: RunningInventory;
let collector: RunningCollector;
/** Sample names each registry exposes (a histogram's _bucket, _sum and _count), plus Prometheus's own `up`. */
const exported = new Set<string>(['up']);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'monitoring-test-'));
  store = await openGraphStore({ kind: 'sqlite', path: join(dataDir, 'inventory.db') });
  const logger = pino({ level: 'silent' });
  inventory = await startInventory(
    parseConfig({
      accounts: [{ name: 'main', id: '111111111111', collector: '127.0.0.1:1' }],
      metrics: { host: '127.0.0.1', port: 0 },
    }),
    {
      store,
      logger,
      api: false,
      schedule: false,
      metricsEndpoint: true,
    },
  );
  collector = await startAwsCollector({ port: 0, poolSize: 0, insecureNoAuth: true, metricsPort: 0 });
  for (const registry of [inventory.metrics.registry, collector.metrics.registry]) {
    for (const metric of await registry.getMetricsAsJSON()) {
      const name = metric.name;
      if (String(metric.type) === 'histogram') {
        for (const suffix of ['_bucket', '_sum', '_count']) exported.add(`${name}${suffix}`);
      } else {
        exported.add(name);
      }
    }
  }
});

afterAll(async () => {
  await collector?.stop();
  await inventory?.stop();
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Prometheus configuration and rules', () => {
  it('promtool check config accepts prometheus.yml (the dns_sd names need not resolve)', () => {
    const result = run('promtool', ['check', 'config', join(monitoring, 'prometheus.yml')]);
    if (!result) return;
    expect(result.output).toContain('SUCCESS');
    expect(result.status).toBe(0);
    // The rule files are found through prometheus.yml's rule_files, relative to it.
    for (const file of ruleFiles) expect(result.output).toContain(file);
  });

  it('scrapes every inventory and collector replica by DNS', () => {
    const config = readFileSync(join(monitoring, 'prometheus.yml'), 'utf8');
    expect(config).toMatch(/job_name: inventory\n\s+dns_sd_configs:\n\s+- names: \[inventory, inventory-standby\]/);
    expect(config).toMatch(/job_name: collector-aws\n\s+dns_sd_configs:\n\s+- names: \[collector-aws\]/);
    expect(config.match(/type: A/g)).toHaveLength(2);
  });

  it('promtool check rules accepts every rules file', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(2);
    const result = run('promtool', ['check', 'rules', ...ruleFiles], { cwd: rulesDir });
    if (!result) return;
    expect(result.output).not.toContain('FAILED');
    expect(result.status).toBe(0);
  });

  it('promtool test rules passes, and the tests cover every alert', () => {
    const alerts = ruleFiles.flatMap((file) =>
      [...readFileSync(join(rulesDir, file), 'utf8').matchAll(/^\s*- alert: (\w+)/gm)].map((match) => match[1]),
    );
    expect(alerts.length).toBeGreaterThanOrEqual(8);
    const tests = ruleTestFiles.map((file) => readFileSync(join(rulesDir, file), 'utf8')).join('\n');
    for (const alert of alerts) {
      // Each alert is evaluated both firing (exp_alerts with labels) and not firing (exp_alerts: []).
      const evaluations = [...tests.matchAll(new RegExp(`alertname: ${alert}\\n\\s+exp_alerts:(.*)`, 'g'))];
      expect({ alert, quiet: evaluations.some((match) => match[1]?.trim() === '[]') }).toEqual({ alert, quiet: true });
      expect({ alert, fires: evaluations.some((match) => match[1]?.trim() === '') }).toEqual({ alert, fires: true });
    }
    const result = run('promtool', ['test', 'rules', ...ruleTestFiles], { cwd: rulesDir });
    if (!result) return;
    expect(result.output).not.toContain('FAILED');
    expect(result.status).toBe(0);
  });

  it('queries only metrics the inventory or the collector registers, and recording rules that exist', () => {
    const rules = ruleFiles.map((file) => rulesOf(readFileSync(join(rulesDir, file), 'utf8')));
    const records = new Set(rules.flatMap((rule) => rule.records));
    expect(records.size).toBeGreaterThan(5);
    // The collector's own series are there: a scrape of a fresh collector lists them.
    for (const name of ['collector_tasks_total', 'collector_aws_throttles_total', 'collector_tasks_in_flight']) {
      expect(exported).toContain(name);
    }
    expect(exported).toContain('inventory_aws_throttles_total');
    const unknown: string[] = [];
    const check = (where: string, expr: string) => {
      for (const name of metricNamesOf(expr)) {
        if (!(name.includes(':') ? records.has(name) : exported.has(name))) unknown.push(`${where}: ${name}`);
      }
    };
    rules.forEach((rule, index) => rule.exprs.forEach((expr) => check(ruleFiles[index] ?? '', expr)));
    expect(unknown).toEqual([]);
  });
});

describe('the Grafana dashboard and provisioning', () => {
  const dashboards = readdirSync(dashboardsDir).filter((name) => name.endsWith('.json'));

  it('parses, and each query names only real metrics or recording rules', () => {
    expect(dashboards.length).toBeGreaterThanOrEqual(1);
    const records = new Set(ruleFiles.flatMap((file) => rulesOf(readFileSync(join(rulesDir, file), 'utf8')).records));
    const unknown: string[] = [];
    let queries = 0;
    for (const file of dashboards) {
      const dashboard = JSON.parse(readFileSync(join(dashboardsDir, file), 'utf8')) as Parameters<
        typeof dashboardExprs
      >[0] & { uid?: string };
      expect(dashboard.uid).toBeTruthy();
      for (const { where, expr } of dashboardExprs(dashboard)) {
        queries += 1;
        const names = metricNamesOf(expr);
        expect({ where, expr, names: names.length > 0 }).toEqual({ where, expr, names: true });
        for (const name of names) {
          if (!(name.includes(':') ? records.has(name) : exported.has(name))) unknown.push(`${file} ${where}: ${name}`);
        }
      }
    }
    expect(queries).toBeGreaterThan(10);
    expect(unknown).toEqual([]);
  });

  it('shows resources by kind, account and region, syncs, failures, throttling and collector tasks in flight', () => {
    const text = dashboards.map((file) => readFileSync(join(dashboardsDir, file), 'utf8')).join('\n');
    for (const needle of [
      'sum by (kind)',
      'sum by (account)',
      'sum by (region)',
      'inventory:sync_duration_seconds:quantile_6h',
      'inventory_sync_tasks_total',
      'inventory_aws_errors_total',
      'inventory_aws_throttles_total',
      'collector_aws_throttles',
      'collector_tasks_in_flight',
    ]) {
      expect(text).toContain(needle);
    }
  });

  it('provisions the Prometheus datasource and a file provider for the dashboards directory', () => {
    const provisioning = join(monitoring, 'grafana', 'provisioning');
    const datasources = readdirSync(join(provisioning, 'datasources'))
      .map((file) => readFileSync(join(provisioning, 'datasources', file), 'utf8'))
      .join('\n');
    expect(datasources).toMatch(/type: prometheus/);
    expect(datasources).toContain('url: http://prometheus:9090');
    expect(datasources).toContain('uid: prometheus');
    const providers = readdirSync(join(provisioning, 'dashboards'))
      .map((file) => readFileSync(join(provisioning, 'dashboards', file), 'utf8'))
      .join('\n');
    expect(providers).toMatch(/type: file/);
    expect(providers).toContain('path: /etc/grafana/dashboards');
    const compose = readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8');
    expect(compose).toContain('./deploy/monitoring/grafana/dashboards:/etc/grafana/dashboards:ro');
  });
});

describe('docker-compose.yml', () => {
  // The variables the file requires (deploy/trial.env sets them; export them for any other check).
  const env = {
    ...process.env,
    INVENTORY_API_TOKEN: 'test-inventory-token',
    COLLECTOR_API_TOKEN: 'test-collector-token',
    NEO4J_PASSWORD: 'test-neo4j-password',
  };

  it.each([
    [['--env-file', 'deploy/trial.env']],
    [['--env-file', 'deploy/trial.env', '--profile', 'monitoring', '--profile', 'ha']],
    [['--profile', 'trial', '--profile', 'monitoring', '--profile', 'ha']],
  ])('docker-compose %j config passes', (args) => {
    const result = run('docker-compose', [...args, 'config'], { env });
    if (!result) return;
    expect(result.output).not.toMatch(/ERROR|Missing mandatory value/);
    expect(result.status).toBe(0);
    for (const service of ['inventory:', 'inventory-standby:', 'collector-aws:', 'prometheus:', 'grafana:']) {
      expect(result.output).toContain(`\n  ${service}\n`);
    }
  });

  it('publishes Prometheus, Grafana and the rest on loopback only, and the standby on no host port', () => {
    const result = run('docker-compose', ['--profile', 'monitoring', '--profile', 'ha', 'config'], { env });
    if (!result) return;
    const published = [...result.output.matchAll(/^\s+- (\S+:\d+:\d+(?:\/tcp)?)$/gm)].map((match) => match[1]);
    expect(published).toEqual(expect.arrayContaining(['127.0.0.1:9090:9090/tcp', '127.0.0.1:3000:3000/tcp']));
    for (const port of published) expect(port).toMatch(/^127\.0\.0\.1:/);
    const standby = /\n {2}inventory-standby:\n([\s\S]*?)\n {2}\S/.exec(result.output)?.[1] ?? '';
    expect(standby).toContain('image: cloud-inventory/inventory:latest');
    expect(standby).toContain('ports: []');
    expect(standby).toContain('NEO4J_URI: bolt://neo4j:7687');
    const collectorService = /\n {2}collector-aws:\n([\s\S]*?)\n {2}\S/.exec(result.output)?.[1] ?? '';
    expect(collectorService).toMatch(/COLLECTOR_METRICS_PORT: '9465'/);
    expect(collectorService).toContain('COLLECTOR_METRICS_HOST: 0.0.0.0');
  });
});
