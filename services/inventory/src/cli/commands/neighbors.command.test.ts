import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { openGraphStore, type GraphStore, type ResourceRecord } from '@cloud-inventory/graph-store';
import { parseConfig } from '../../config/parse-config.js';
import { startInventory, type RunningInventory } from '../../inventory.js';
import { runCli } from '../run-cli.js';

const token = 'cli-neighbors-token';
let dir: string;
let store: GraphStore;
let inventory: RunningInventory;

function instance(id: string): ResourceRecord {
  return {
    uid: `arn:aws:ec2:us-east-1:111111111111:instance/${id}`,
    id,
    kind: 'aws_ec2_instance',
    name: id,
    tags: {},
    cloud: 'aws',
    account: '111111111111',
    region: 'us-east-1',
    serviceGroup: 'EC2',
    data: {},
  };
}

const vpc: ResourceRecord = {
  ...instance('vpc-1'),
  uid: 'arn:aws:ec2:us-east-1:111111111111:vpc/vpc-1',
  kind: 'aws_vpc',
};
const spokes = ['i-1', 'i-2', 'i-3'].map(instance);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-neighbors-'));
  store = await openGraphStore({ kind: 'sqlite', path: join(dir, 'inventory.db') });
  await store.writeResources('seed', [vpc, ...spokes]);
  await store.writeEdges(
    'seed',
    spokes.map((spoke) => ({ from: spoke.uid, type: 'in_vpc', to: vpc.uid })),
  );
  inventory = await startInventory(
    parseConfig({ accounts: [{ name: 'main', id: '111111111111' }], api: { port: 0 }, metrics: { enabled: false } }),
    { store, logger: pino({ level: 'silent' }), env: { INVENTORY_API_TOKEN: token }, schedule: false },
  );
});

afterAll(async () => {
  await inventory.stop();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function neighbors(...options: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['neighbors', vpc.uid, '--direction', 'in', ...options], {
    env: { INVENTORY_ADDRESS: `127.0.0.1:${inventory.api?.port}`, INVENTORY_API_TOKEN: token },
    output: { out: (text) => (out += text), err: (text) => (err += text), interactive: false },
  });
  return { code, out, err };
}

describe('cloud-inventory neighbors --limit', () => {
  it('shows at most --limit neighbours and says the result was cut', async () => {
    const cut = await neighbors('--limit', '2');
    expect(cut.code).toBe(0);
    expect(cut.err).toContain('2 edge(s), 2 neighbour(s)');
    expect(cut.err).toContain('the result was cut at the limit');
    const whole = await neighbors();
    expect(whole.err).toContain('3 edge(s), 3 neighbour(s)');
    expect(whole.err).not.toContain('cut');
  });

  it('refuses a limit out of range as a usage error', async () => {
    const refused = await neighbors('--limit', '1001');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--limit must be an integer from 1 to 1000');
  });
});
