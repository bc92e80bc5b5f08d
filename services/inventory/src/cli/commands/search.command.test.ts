import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ResourceRecord } from '@cloud-inventory/graph-store';
import { startCliTestInventory, type CliTestInventory } from '../cli-test-inventory.js';

let inventory: CliTestInventory;

function instance(id: string, region: string, name = id): ResourceRecord {
  return {
    uid: `arn:aws:ec2:${region}:111111111111:instance/${id}`,
    id,
    kind: 'aws_ec2_instance',
    name,
    tags: {},
    cloud: 'aws',
    account: '111111111111',
    region,
    serviceGroup: 'EC2',
    data: { InstanceType: 't3.micro' },
  };
}

// A name from AWS may hold terminal controls: the table shows them escaped.
const instances = [
  instance('i-1', 'eu-west-1', 'web\u001b[31m'),
  instance('i-2', 'eu-west-1'),
  instance('i-3', 'us-east-1'),
];

beforeAll(async () => {
  inventory = await startCliTestInventory(async (store) => {
    await store.init();
    await store.writeResources('seed', instances);
  });
});

afterAll(async () => {
  await inventory.stop();
});

describe('cloud-inventory search', () => {
  it('prints a table of uid, kind, name, region and account, names escaped', async () => {
    const run = await inventory.cli('search', 'is(aws_ec2_instance) and region = "eu-west-1"');
    expect(run.code).toBe(0);
    const lines = run.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^uid\s+kind\s+name\s+region\s+account$/);
    expect(lines.slice(2).map((line) => line.split(/\s+/).slice(1, 5))).toEqual([
      ['aws_ec2_instance', 'web\\x1b[31m', 'eu-west-1', '111111111111'],
      ['aws_ec2_instance', 'i-2', 'eu-west-1', '111111111111'],
    ]);
    expect(run.out).not.toContain('\u001b');
    expect(run.err).toBe('2 result(s)\n');
  });

  it('prints rows with their group columns and value, and --json as an array of objects', async () => {
    const table = await inventory.cli('search', 'is(aws_ec2_instance) | count by region');
    expect(
      table.out
        .trimEnd()
        .split('\n')
        .map((line) => line.split(/\s+/)),
    ).toEqual([
      ['region', 'value'],
      [expect.stringMatching(/^-+$/), expect.stringMatching(/^-+$/)],
      ['eu-west-1', '2'],
      ['us-east-1', '1'],
    ]);
    const json = await inventory.cli('search', 'is(aws_ec2_instance) | count by region', '--json');
    expect(JSON.parse(json.out)).toEqual([
      { region: 'eu-west-1', value: 2 },
      { region: 'us-east-1', value: 1 },
    ]);
  });

  it('prints projected fields, and the resources themselves with --json', async () => {
    const projected = await inventory.cli(
      'search',
      'is(aws_ec2_instance) and id = "i-3" | fields name, data.InstanceType',
    );
    expect(projected.out.trimEnd().split('\n')[2]?.split(/\s+/)).toEqual([instances[2]?.uid, 'i-3', 't3.micro']);
    const json = await inventory.cli('search', 'is(aws_ec2_instance) and id = "i-1"', '--json');
    const [found] = JSON.parse(json.out) as { name: string; region: string }[];
    expect(found).toMatchObject({ name: 'web\u001b[31m', region: 'eu-west-1' });
  });

  it('--count prints the number of results over every page; --limit cuts and says more match', async () => {
    const count = await inventory.cli('search', 'is(aws_ec2_instance)', '--count');
    expect([count.code, count.out]).toEqual([0, '3']);
    const capped = await inventory.cli('search', 'is(aws_ec2_instance) | sort name | limit 2', '--count');
    expect(capped.out).toBe('2');
    const rows = await inventory.cli('search', 'is(aws_ec2_instance) | count by region', '--count', '--json');
    expect(JSON.parse(rows.out)).toEqual({ count: 2 });
    const changes = await inventory.cli('search', 'changes where kind = "aws_ec2_instance"', '--count');
    expect(changes.out).toBe('3');
    const limited = await inventory.cli('search', 'is(aws_ec2_instance)', '--limit', '2');
    expect(limited.err).toBe('2 result(s); more match (raise --limit or use --all)\n');
  });

  it('shows a syntax error with its column and exits non-zero', async () => {
    const run = await inventory.cli('search', 'is(aws_ec2_instance) and');
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/text: column 25: /);
    const counted = await inventory.cli('search', 'is(aws_ec2_instance) and', '--count');
    expect(counted.err).toBe(run.err);
  });
});
