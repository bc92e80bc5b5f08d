import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { SqliteGraphStore } from './sqlite-graph-store.js';

const childPath = fileURLToPath(new URL('./crash-safety.child.ts', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'graph-store-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs a scenario in a child process; kills it with SIGKILL as soon as a stdout line matches `killWhen`. */
function runChild(path: string, scenario: string, killWhen?: RegExp): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=@cloud-inventory/source', childPath, path, scenario],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const lines: string[] = [];
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        lines.push(line);
        if (!killed && killWhen?.test(line)) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (killed && signal === 'SIGKILL') resolve({ lines, killed });
      else if (code === 0) resolve({ lines, killed });
      else reject(new Error(`child ${scenario} exited with ${code ?? signal}: ${stderr}`));
    });
  });
}

async function reopen(path: string): Promise<SqliteGraphStore> {
  const store = new SqliteGraphStore({ path });
  await store.init();
  return store;
}

async function countResources(store: SqliteGraphStore): Promise<number> {
  const [row] = await store.aggregate({ groupBy: [] });
  return row?.value ?? 0;
}

describe('sqlite graph store after a crash', () => {
  it('loses nothing when killed after a sync wrote its resources and before its cleanup ran', async () => {
    const path = join(dataDir, 'after-writes', 'inventory.db');
    await runChild(path, 'seed');
    const run = await runChild(path, 'writes-then-wait', /writes committed/);
    expect(run.killed).toBe(true);

    const store = await reopen(path);
    expect(await countResources(store)).toBe(500);
    expect(await store.countEdges()).toBe(499);
    const renamed = await store.listResources(
      { properties: [{ property: 'name', op: 'contains', value: 'renamed-' }] },
      { limit: 1000 },
    );
    expect(renamed.items).toHaveLength(100);
    expect((await store.listChanges({ syncId: 'sync-2', changes: ['updated'] }, { limit: 1000 })).items).toHaveLength(
      100,
    );
    await store.close();
  });

  it('keeps whole write batches only when killed in the middle of writing', async () => {
    const path = join(dataDir, 'mid-writes', 'inventory.db');
    await runChild(path, 'seed');
    const run = await runChild(path, 'write-forever', /batch 2 committed/);
    expect(run.killed).toBe(true);

    const store = await reopen(path);
    const written = (await countResources(store)) - 500;
    expect(written).toBeGreaterThanOrEqual(300);
    expect(written % 100).toBe(0);
    const created = (await store.listChanges({ syncId: 'sync-3' }, { limit: 1000 })).items.length;
    expect(created).toBe(Math.min(written, 1000));
    await store.close();
  });

  it('applies cleanup batch by batch: killed mid-cleanup, every resource is either kept or deleted with its record, and finishing again completes it', async () => {
    const path = join(dataDir, 'mid-cleanup', 'inventory.db');
    await runChild(path, 'seed');
    await runChild(path, 'writes-then-wait', /writes committed/);
    await runChild(path, 'cleanup', /cleanup starting/);

    const store = await reopen(path);
    const remaining = await countResources(store);
    const deletions = (await store.listChanges({ syncId: 'sync-2', changes: ['deleted'] }, { limit: 1000 })).items;
    expect(remaining + deletions.length).toBe(500);
    for (const deletion of deletions.slice(0, 50)) expect(await store.getResource(deletion.uid)).toBeUndefined();

    const finished = await store.finishSync('sync-2', [
      { cloud: 'aws', account: '111111111111', region: 'us-east-1', serviceGroup: 'EC2', kind: 'aws_ec2_volume' },
    ]);
    expect(finished.deleted + deletions.length).toBe(400);
    expect(await countResources(store)).toBe(100);
    // Sync 2 wrote no edges, so the complete scope keeps none of its old ones.
    expect(await store.countEdges()).toBe(0);
    await store.close();
  });
});
