/**
 * A child process for the crash-safety test: it runs one scenario against a SQLite store and announces on stdout how
 * far it got, so the parent can kill it (SIGKILL, no clean-up) at a chosen point.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ResourceRecord } from '../graph-store.js';
import { SqliteGraphStore } from './sqlite-graph-store.js';

const [path, scenario] = process.argv.slice(2);
if (!path || !scenario) throw new Error('usage: crash-safety.child <db path> <scenario>');

const CRASH_SCOPE = {
  cloud: 'aws',
  account: '111111111111',
  region: 'us-east-1',
  serviceGroup: 'EC2',
  kind: 'aws_ec2_volume',
};

function crashVolume(index: number, name = `vol-${index}`): ResourceRecord {
  return {
    uid: `aws:111111111111:us-east-1:aws_ec2_volume:vol-${String(index).padStart(6, '0')}`,
    id: `vol-${index}`,
    kind: 'aws_ec2_volume',
    name,
    tags: { Env: 'prod' },
    cloud: 'aws',
    account: '111111111111',
    region: 'us-east-1',
    serviceGroup: 'EC2',
    data: { Size: index },
  };
}

const store = new SqliteGraphStore({ path, cleanupBatchSize: 10 });
await store.init();
const announce = (line: string) => process.stdout.write(`${line}\n`);

if (scenario === 'seed') {
  const volumes = Array.from({ length: 500 }, (_, index) => crashVolume(index));
  await store.writeResources('sync-1', volumes);
  await store.writeEdges(
    'sync-1',
    volumes.slice(1).map((volume, index) => ({ from: volume.uid, type: 'snapshot_of', to: crashVolume(index).uid })),
  );
  await store.finishSync('sync-1', [CRASH_SCOPE]);
  await store.close();
  announce('seeded');
} else if (scenario === 'writes-then-wait') {
  // Sync 2 sees only the first 100 volumes, renamed; the kill lands after its writes and before finishSync.
  await store.writeResources(
    'sync-2',
    Array.from({ length: 100 }, (_, index) => crashVolume(index, `renamed-${index}`)),
  );
  announce('writes committed');
  await sleep(60_000);
} else if (scenario === 'write-forever') {
  for (let batch = 0; batch < 1000; batch++) {
    const volumes = Array.from({ length: 100 }, (_, index) => crashVolume(1000 + batch * 100 + index));
    await store.writeResources('sync-3', volumes);
    announce(`batch ${batch} committed`);
  }
} else if (scenario === 'cleanup') {
  announce('cleanup starting');
  await store.finishSync('sync-2', [CRASH_SCOPE]);
  announce('cleanup done');
}
