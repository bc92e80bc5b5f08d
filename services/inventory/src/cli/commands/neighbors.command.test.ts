import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ResourceRecord } from '@cloud-inventory/graph-store';
import { startCliTestInventory, type CliTestInventory } from '../cli-test-inventory.js';

let inventory: CliTestInventory;

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
  inventory = await startCliTestInventory(async (store) => {
    await store.writeResources('seed', [vpc, ...spokes]);
    await store.writeEdges(
      'seed',
      spokes.map((spoke) => ({ from: spoke.uid, type: 'in_vpc', to: vpc.uid })),
    );
  });
});

afterAll(async () => {
  await inventory.stop();
});

function neighbors(...options: string[]) {
  return inventory.cli('neighbors', vpc.uid, '--direction', 'in', ...options);
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
