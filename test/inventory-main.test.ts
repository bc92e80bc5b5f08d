import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const mainScript = join(repoRoot, 'services', 'inventory-with-collector', 'src', 'main.ts');

let sim: AwsSimulator;
let dir: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm start -- <args>` from the TypeScript source (the start script runs the same entry compiled), with only the
 * given environment on top of PATH.
 */
function runMain(args: string[], env: Record<string, string>): Promise<Run> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@cloud-inventory/source', mainScript, ...args],
    {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', HOME: dir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

function awsEnv(secret: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: sim.endpoint,
    AWS_ACCESS_KEY_ID: sim.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: secret,
    AWS_REGION: 'us-east-1',
    INVENTORY_DATA_DIR: join(dir, secret.length.toString()),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inventory-main-'));
  sim = await startAwsSimulator({ seed: 5, size: 'tiny' });
});

afterAll(async () => {
  await sim?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('npm start -- --once --json', () => {
  it('syncs the account the default credential chain finds and prints a JSON summary', async () => {
    const run = await runMain(['--once', '--json'], awsEnv(sim.credentials.secretAccessKey));
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as {
      state: string;
      tasks: Record<string, number>;
      resourcesByKind: Record<string, number>;
      changes: { created: number; deleted: number };
      durationMs: number;
    };
    expect(summary.state).toBe('SUCCESS');
    expect(Object.keys(summary.tasks)).toEqual(['SUCCESS']);
    expect(summary.resourcesByKind.aws_ec2_instance).toBe(
      sim.regions.reduce((sum, region) => sum + sim.state.count('instance', { account: sim.mainAccountId, region }), 0),
    );
    expect(summary.changes.created).toBeGreaterThan(0);
    expect(summary.durationMs).toBeGreaterThan(0);
    const logLines = run.stderr.split('\n').filter((line) => line.startsWith('{'));
    expect(logLines.some((line) => (JSON.parse(line) as { msg?: string }).msg === 'sync finished')).toBe(true);
    expect(run.stderr + run.stdout).not.toContain(sim.credentials.secretAccessKey);
  }, 120_000);

  it('exits non-zero when the sync fails, without printing the secret', async () => {
    const wrongSecret = 'wrong-secret-value-that-must-not-leak-000000';
    const run = await runMain(['--once', '--json'], awsEnv(wrongSecret));
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { state: string }).state).toBe('FAILURE');
    expect(run.stderr + run.stdout).not.toContain(wrongSecret);
  }, 120_000);

  it('refuses a bad configuration with a message naming the key, exit code 2', async () => {
    const run = await runMain(['--once'], {
      ...awsEnv(sim.credentials.secretAccessKey),
      INVENTORY_SCHEDULE: '0 * * *',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid configuration: schedule.cron');
  }, 60_000);

  it('refuses to start on a SQLite file another inventory process has open, exit code 2, and starts once it stopped', async () => {
    const env = awsEnv(sim.credentials.secretAccessKey);
    const first = await runMain(['--once', '--json'], env);
    expect(first.code).toBe(0);
    // The first inventory as a process that keeps its store open: the serving mode, on ports of its own.
    const configFile = join(dir, 'serving.yaml');
    await writeFile(
      configFile,
      'accounts: [{ name: main }]\napi: { port: 0 }\nmetrics: { enabled: false }\nschedule: { enabled: false }\n',
    );
    const serving = spawn(process.execPath, ['--import', 'tsx', '--conditions=@cloud-inventory/source', mainScript], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', HOME: dir, ...env, INVENTORY_CONFIG: configFile, INVENTORY_API_TOKEN: 't' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        serving.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          if (out.includes('inventory API listening')) resolve();
        });
        serving.once('exit', (code) => reject(new Error(`the first inventory exited (${code}): ${out}`)));
      });
      const second = await runMain(['--once', '--json'], env);
      expect(second.code).toBe(2);
      expect(second.stderr).toContain(
        `${join(env.INVENTORY_DATA_DIR ?? '', 'inventory.db')} is already open in another process`,
      );
      expect(second.stderr).toContain('run several inventories on one Neo4j');
    } finally {
      serving.kill('SIGTERM');
      await new Promise((resolve) => serving.once('close', resolve));
    }
    const afterStop = await runMain(['--once', '--json'], env);
    expect(afterStop.code).toBe(0);
  }, 180_000);
});
