import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { ChangeRecord } from '../graph-store.js';
import { volume } from '../contract/fixtures.js';
import { SqliteGraphStore } from './sqlite-graph-store.js';

const dataDir = mkdtempSync(join(tmpdir(), 'graph-store-writer-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

let opened = 0;
async function openStore(): Promise<SqliteGraphStore> {
  const store = new SqliteGraphStore({ path: join(dataDir, `store-${++opened}.db`) });
  await store.init();
  return store;
}

function summary(changes: ChangeRecord[]): string[] {
  return changes.map((change) => `${change.change} ${change.uid.split(':').pop()} ${change.changedFields ?? ''}`);
}

describe('sqlite writer', () => {
  it('records the changes of a batch mixing new, changed and unchanged resources in batch order', async () => {
    const store = await openStore();
    const [a, b] = [volume('vol-a', { data: { Size: 1 } }), volume('vol-b')];
    await store.writeResources('sync-1', [a, b]);
    const batch = [volume('vol-c'), { ...a, data: { Size: 2 } }, volume('vol-d'), b, volume('vol-e')];

    const result = await store.writeResources('sync-2', batch);

    const expected = ['created vol-c ', 'updated vol-a data.Size', 'created vol-d ', 'created vol-e '];
    expect(result).toMatchObject({ created: 3, updated: 1, unchanged: 1 });
    expect(summary(result.changes)).toEqual(expected);
    expect(summary((await store.listChanges({ syncId: 'sync-2' })).items)).toEqual(expected);
    for (const item of batch) expect((await store.getResource(item.uid))?.lastSyncId).toBe('sync-2');
    await store.close();
  });

  it('compares a uid repeated within one batch with the write of it earlier in that batch', async () => {
    const store = await openStore();
    const first = volume('vol-1', { data: { Size: 1 } });
    const resized = { ...first, data: { Size: 2 } };

    const result = await store.writeResources('sync-1', [first, first, resized, volume('vol-2'), resized]);

    expect(result).toMatchObject({ created: 2, updated: 1, unchanged: 2 });
    expect(summary(result.changes)).toEqual(['created vol-1 ', 'updated vol-1 data.Size', 'created vol-2 ']);
    expect(summary((await store.listChanges({ syncId: 'sync-1' })).items)).toEqual(summary(result.changes));
    expect((await store.getResource(first.uid))?.data).toEqual({ Size: 2 });
    expect((await store.getResource(first.uid))?.lastSyncId).toBe('sync-1');
    await store.close();
  });

  it('marks every unchanged resource of a re-sync as seen by that sync, so cleanup keeps them', async () => {
    const store = await openStore();
    const volumes = Array.from({ length: 30 }, (_, index) => volume(`vol-${index}`));
    await store.writeResources('sync-1', volumes);

    const result = await store.writeResources('sync-2', volumes.slice(0, 20));
    const finished = await store.finishSync('sync-2', [
      { cloud: 'aws', account: '111111111111', region: 'us-east-1', serviceGroup: 'EC2', kind: 'aws_ec2_volume' },
    ]);

    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 20 });
    expect(finished.deleted).toBe(10);
    for (const item of volumes.slice(0, 20)) expect((await store.getResource(item.uid))?.lastSyncId).toBe('sync-2');
    expect(await store.getResource(volumes[20]!.uid)).toBeUndefined();
    await store.close();
  });
});
