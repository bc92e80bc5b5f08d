import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { copyFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGraphStore } from '@cloud-inventory/graph-store';
import { startInventory, type RunningInventory } from '@cloud-inventory/inventory';
import { pino } from 'pino';
import { demoCredentialVariables, demoInventoryConfig } from './demo-config.js';
import { demoRegions } from './demo-world.js';
import { startDemo, type RunningDemo } from './start-demo.js';
import { runCliInTerminal, runCliProcess, type CliRun } from './testing-cli-runner.js';

const token = 'hardening-test-token';
const silent = pino({ level: 'silent' });
let demo: RunningDemo;
let dataDir: string;
let hostileUid: string;

// What a terminal acts on: C0 but the newline, DEL, C1, line separators, bidi controls.
// eslint-disable-next-line no-control-regex -- these are the characters under test
const acting = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const hostileName = 'web\x1b[2J\x1b[H\x1b]0;owned\x07\nSECOND LINE\u202eenil\x9b31m';

function cli(...args: string[]): Promise<CliRun> {
  return runCliProcess(['--address', demo.apiAddress, ...args], { INVENTORY_API_TOKEN: token });
}

function parsed<T>(run: CliRun): T {
  if (run.code !== 0) throw new Error(`cli exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

function expectTerminalSafe(run: CliRun): void {
  expect(run.stdout).not.toMatch(acting);
  expect(run.stderr).not.toMatch(acting);
}

/** A second inventory's config beside the demo's: the demo's account and simulator, its own data, no collector. */
function inventoryConfigWithoutCollector(dataDir: string) {
  return demoInventoryConfig({
    accountId: demo.simulator.mainAccountId,
    simulatorEndpoint: demo.simulator.endpoint,
    collectorAddress: '127.0.0.1:1',
    apiHost: '127.0.0.1',
    apiPort: 0,
    dataDir,
    regions: demoRegions,
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'demo-cli-hardening-'));
  // Kinds run inline: the same code path as the worker pool (demo-cli.test.ts runs the demo with it), without booting
  // a pool this file does not test (cost, not coverage).
  demo = await startDemo({ dataDir, logger: silent, apiPort: 0, apiToken: token, seed: 7, collectorPoolSize: 0 });
  const scope = { account: demo.simulator.mainAccountId, region: 'eu-west-1' };
  const added = demo.simulator.state.add('instance', scope, {
    Tags: [
      { Key: 'Name', Value: hostileName },
      { Key: 'team=core', Value: 'ops\x1b]2;title\x07' },
    ],
  });
  const job = parsed<{ state: string }>(await cli('sync', '--json'));
  expect(job.state).toBe('SUCCESS');
  const [found] = parsed<{ uid: string }[]>(
    await cli('resources', '--where', `InstanceId=${added.InstanceId}`, '--json'),
  );
  hostileUid = found?.uid ?? '';
}, 180_000);

afterAll(async () => {
  await demo?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('hostile names and tags through the CLI', () => {
  it('shows them escaped in a table that keeps one line per resource', async () => {
    const run = await cli('resources', '--kind', 'aws_ec2_instance', '--region', 'eu-west-1', '--all');
    expect(run.code).toBe(0);
    expectTerminalSafe(run);
    const instances = demo.simulator.state.list('instance', {
      account: demo.simulator.mainAccountId,
      region: 'eu-west-1',
    });
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(instances.length + 2);
    expect(run.stdout).toContain('web\\x1b[2J\\x1b[H\\x1b]0;owned');
  });

  it('shows them escaped in show, changes and neighbors', async () => {
    for (const args of [
      ['show', hostileUid],
      ['changes', '--kind', 'aws_ec2_instance', '--all'],
      ['neighbors', hostileUid],
    ]) {
      const run = await cli(...args);
      expect(run.code).toBe(0);
      expectTerminalSafe(run);
    }
    const shown = await cli('show', hostileUid);
    expect(shown.stdout).toContain(
      'name:          web\\x1b[2J\\x1b[H\\x1b]0;owned\\x07\\nSECOND LINE\\u202eenil\\x9b31m\n',
    );
    expect(shown.stdout).toContain('  team=core = ops\\x1b]2;title\\x07\n');
  });

  it('gives the exact values with --json', async () => {
    const run = await cli('show', hostileUid, '--json');
    const resource = parsed<{ name: string; tags: Record<string, string> }>(run);
    expect(resource.name).toBe(hostileName);
    expect(resource.tags['team=core']).toBe('ops\x1b]2;title\x07');
    expect(run.stdout).not.toMatch(acting);
  });

  it('escapes what the user typed and the inventory echoes in an error', async () => {
    const run = await cli('show', 'arn:\x1b]0;x\x07\u202e');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('cloud-inventory: resource "arn:\\u001b]0;x\\u0007\\u202e" not found\n');
  });
});

describe('the CLI paper cuts', () => {
  const usageError = (run: CliRun) => {
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('run with --help for usage');
    return lines[0];
  };

  it('says a negative --limit is out of range, in one line', async () => {
    expect(usageError(await cli('resources', '--limit', '-5'))).toBe(
      'cloud-inventory: --limit must be an integer from 1 to 1000000',
    );
    expect(usageError(await cli('jobs', '--limit', '-5'))).toBe(
      'cloud-inventory: --limit must be an integer from 1 to 1000',
    );
  });

  it('names the --where flag the inventory rejected, with exit code 2', async () => {
    expect(usageError(await cli('resources', '--where', 'Size=1', '--where', '9bad=1'))).toBe(
      'cloud-inventory: --where 9bad=1: the name must be a core field or a data key of letters, digits and underscores',
    );
  });

  it('says "not found" once', async () => {
    const run = await cli('show', 'arn:aws:ec2:eu-west-1:1:instance/i-missing');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('cloud-inventory: resource "arn:aws:ec2:eu-west-1:1:instance/i-missing" not found\n');
  });

  it('finds a tag whose key holds "=" (written \\=)', async () => {
    const withValue = parsed<{ uid: string }[]>(
      await cli('resources', '--tag', 'team\\=core=ops\x1b]2;title\x07', '--json'),
    );
    expect(withValue.map((resource) => resource.uid)).toEqual([hostileUid]);
    const withKey = parsed<{ uid: string }[]>(await cli('resources', '--tag', 'team\\=core', '--json'));
    expect(withKey.map((resource) => resource.uid)).toEqual([hostileUid]);
  });

  it("selects by --service-group, the resources' group (VPC), not by a task's service (ec2)", async () => {
    const vpcGroup = parsed<{ kind: string; service_group: string }[]>(
      await cli('resources', '--service-group', 'VPC', '--all', '--json'),
    );
    expect(vpcGroup.map((resource) => resource.kind)).toContain('aws_vpc');
    expect(vpcGroup.every((resource) => resource.service_group === 'VPC')).toBe(true);
    expect(parsed<unknown[]>(await cli('resources', '--service-group', 'ec2', '--json'))).toEqual([]);
  });

  it('says that ~ does not match numbers instead of listing nothing', async () => {
    expect(usageError(await cli('resources', '--kind', 'aws_ec2_volume', '--where', 'Size~1'))).toMatch(
      /^cloud-inventory: --where Size~1: ~ matches text, but Size holds numbers \(such as \d+\); compare with =/,
    );
    const text = await cli('resources', '--kind', 'aws_ec2_volume', '--where', 'VolumeType~gp', '--limit', '1');
    expect(text.code).toBe(0);
  });

  it('refuses an empty --token instead of falling back to INVENTORY_API_TOKEN', async () => {
    expect(usageError(await cli('--token', '', 'summary'))).toBe(
      'cloud-inventory: --token needs a value (it was empty)',
    );
  });

  it('shows the region of a regional AccessDenied, once per kind', async () => {
    const denied = demo.simulator.faults.deny({ service: 's3', region: 'eu-west-1' });
    try {
      // Only the S3 task: the others have nothing denied to show.
      const run = await cli('sync', '--service', 's3');
      expect(run.code).toBe(1);
      expectTerminalSafe(run);
      expect(run.stdout).toMatch(
        /demo\/s3:global \(aws_s3_bucket: AccessDenied in [a-z0-9, -]*eu-west-1[a-z0-9, -]*\)/,
      );
      expect(run.stdout.match(/aws_s3_bucket: AccessDenied/g)).toHaveLength(2);
    } finally {
      denied.remove();
    }
  }, 180_000);

  it('says once, in one line, that the collector cannot be reached', async () => {
    const downDir = await mkdtemp(join(tmpdir(), 'demo-cli-collector-down-'));
    const store = await openGraphStore({ kind: 'sqlite', path: join(downDir, 'inventory.db') });
    const config = inventoryConfigWithoutCollector(downDir);
    config.task.retries = 0;
    let inventory: RunningInventory | undefined;
    try {
      inventory = await startInventory(config, {
        store,
        logger: silent,
        env: {
          [demoCredentialVariables.accessKeyIdEnv]: demo.simulator.credentials.accessKeyId,
          [demoCredentialVariables.secretAccessKeyEnv]: demo.simulator.credentials.secretAccessKey,
        },
        metricsEndpoint: false,
        schedule: false,
      });
      const run = await runCliProcess(['--address', `127.0.0.1:${inventory.api?.port}`, 'sync']);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('demo/get-tasks (UNAVAILABLE: no connection (connect ECONNREFUSED 127.0.0.1:1))');
      expect(run.stdout).not.toMatch(/No connection established/);
      expect(run.stderr).toBe(`cloud-inventory: job ${/job (\S+):/.exec(run.stdout)?.[1]} ended FAILURE\n`);
    } finally {
      await inventory?.stop();
      await store.close();
      await rm(downDir, { recursive: true, force: true });
    }
  }, 120_000);
});

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    // Documented expected case: without util-linux's script there is no pseudo-terminal to test on.
    return false;
  }
})();

describe('sync progress', () => {
  (hasScript ? it : it.skip)(
    'shows a live line on a terminal: tasks, resources, rate, elapsed',
    async () => {
      const run = await runCliInTerminal(['--address', demo.apiAddress, 'sync', '--poll-ms', '100'], {
        INVENTORY_API_TOKEN: token,
      });
      expect(run.code).toBe(0);
      // Each redraw goes to the start of the line and erases it, then draws the line anew.
      const redraws = run.stdout.split('\r\x1b[2K').slice(1);
      const running = /^IN_PROGRESS {2}\d+\/\d+ tasks {2}[\d,]+ resources {2}[\d,]+\/s {2}\d+\.\ds/;
      expect(redraws.some((line) => running.test(line))).toBe(true);
      expect(redraws.at(-1)).toMatch(/^SUCCESS {2}(\d+)\/\1 tasks {2}[\d,]+ resources/);
    },
    180_000,
  );

  it('writes no progress on a pipe, nor with --json', async () => {
    // One task's sync is enough: the line is drawn after every poll, the first and the last included.
    const piped = await cli('sync', '--service', 's3', '--poll-ms', '100');
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    const json = await runCliInTerminal(
      ['--address', demo.apiAddress, 'sync', '--service', 's3', '--json', '--poll-ms', '100'],
      { INVENTORY_API_TOKEN: token },
    );
    expect(json.code).toBe(0);
    expect(json.stdout).not.toContain('\x1b[2K');
    expect(JSON.parse(json.stdout.replace(/\r\n/g, '\n')).state).toBe('SUCCESS');
  }, 180_000);

  it('leaves the data in the .db file after the syncs, and a small WAL', async () => {
    expect(statSync(join(dataDir, 'inventory.db-wal')).size).toBeLessThan(1024 * 1024);
    // Whoever copies the .db file alone (while the inventory runs) gets every resource.
    const copyDir = await mkdtemp(join(tmpdir(), 'demo-cli-db-copy-'));
    try {
      copyFileSync(join(dataDir, 'inventory.db'), join(copyDir, 'inventory.db'));
      const copy = await openGraphStore({ kind: 'sqlite', path: join(copyDir, 'inventory.db') });
      const [copied] = await copy.aggregate({ groupBy: [], value: { op: 'count' } });
      const [live] = await demo.store.aggregate({ groupBy: [], value: { op: 'count' } });
      await copy.close();
      expect(copied?.value).toBeGreaterThan(800);
      expect(copied?.value).toBe(live?.value);
    } finally {
      await rm(copyDir, { recursive: true, force: true });
    }
  });
});

/** Waits until a running job has stored resources: the sync is writing. */
async function resourcesWritten(jobId: string): Promise<void> {
  for (;;) {
    const job = await demo.store.getJob(jobId);
    if (job?.state !== 'IN_PROGRESS' && job?.state !== 'PENDING') throw new Error(`job ${jobId} is ${job?.state}`);
    if (job.tasks.some((task) => task.counts.unchanged > 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('cloud-inventory backup', () => {
  it('copies the store while a sync writes; an inventory started on the copy serves the same resources', async () => {
    // CloudTrail answers late: the EC2 and S3 tasks write while the sync stays open for the backup.
    const slow = demo.simulator.faults.latency(15_000, { service: 'cloudtrail' });
    const backupFile = join(dataDir, 'backup.db');
    let restoredDir: string | undefined;
    let restored: RunningInventory | undefined;
    try {
      const started = parsed<{ job_id: string }>(await cli('sync', '--detach', '--json'));
      await resourcesWritten(started.job_id);
      const backup = await cli('backup', backupFile, '--db', join(dataDir, 'inventory.db'));
      const during = parsed<{ state: string }>(await cli('job', started.job_id, '--json'));
      expect(backup.code).toBe(0);
      expect(backup.stdout).toContain(`to ${backupFile}`);
      // The backup finished while the sync was still writing.
      expect(during.state).toBe('IN_PROGRESS');
      slow.remove();
      await demo.inventory.runner.cancel(started.job_id);

      const live = parsed<{ uid: string }[]>(await cli('resources', '--all', '--json')).map((r) => r.uid);
      restoredDir = await mkdtemp(join(tmpdir(), 'demo-cli-restored-'));
      const store = await openGraphStore({ kind: 'sqlite', path: backupFile });
      const config = inventoryConfigWithoutCollector(restoredDir);
      restored = await startInventory(config, {
        store,
        logger: silent,
        env: {},
        metricsEndpoint: false,
        schedule: false,
      });
      const copy = parsed<{ uid: string }[]>(
        await runCliProcess(['--address', `127.0.0.1:${restored.api?.port}`, 'resources', '--all', '--json']),
      ).map((r) => r.uid);
      expect(copy.length).toBeGreaterThan(800);
      expect(copy).toEqual(live);
      // The interrupted sync is in the copy, as it was when copied, and the restored inventory marked it ABORTED.
      expect(restored.abortedJobIds).toEqual([started.job_id]);
      await restored.stop();
      restored = undefined;
      await store.close();
    } finally {
      slow.remove();
      await restored?.stop();
      if (restoredDir) await rm(restoredDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('refuses to overwrite a file, and points Neo4j users to neo4j-admin', async () => {
    const existing = join(dataDir, 'inventory.db');
    const run = await cli('backup', existing, '--db', existing);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is the store file itself');
    const neo4j = await runCliProcess(['backup', join(dataDir, 'x.db')], { NEO4J_URI: 'bolt://127.0.0.1:7687' });
    expect(neo4j.code).toBe(1);
    expect(neo4j.stderr).toContain('neo4j-admin database dump');
  });
});
