import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { status } from '@grpc/grpc-js';
import { grpcErrorOf } from '@cloud-inventory/protocol/testing';
import { InventoryHarness } from './support/inventory-harness.js';

let harness: InventoryHarness;
let beforeSync: string;

beforeAll(async () => {
  harness = await InventoryHarness.start();
  // Read before any sync: the catalogue is empty then, and read again once the sync has stored it.
  beforeSync = (await grpcErrorOf(harness.client.call('Search', { text: 'is(load_balancer)' }))).details;
  const job = await harness.inventory.runner.run({ trigger: 'test' });
  expect(job.state).toBe('SUCCESS');
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

async function kindsFound(text: string): Promise<string[]> {
  const kinds = new Set<string>();
  let pageToken = '';
  do {
    const page = await harness.client.call('Search', { text, page_size: 1000, page_token: pageToken });
    for (const resource of page.resources) kinds.add(resource.kind);
    pageToken = page.next_page_token;
  } while (pageToken !== '');
  return [...kinds].sort();
}

describe('search with the kind families a real sync declared', () => {
  it('resolves families from the catalogue the CLOUD_SERVICE_TYPE task stored', async () => {
    expect(beforeSync).toMatch(/no families are known yet/);
    expect(await kindsFound('is(load_balancer)')).toEqual(['aws_elb_load_balancer', 'aws_elbv2_load_balancer']);
    expect(await kindsFound('is(snapshot)')).toEqual(['aws_ec2_snapshot', 'aws_rds_db_snapshot']);
  });

  it('counts by kind the same resources the family names', async () => {
    const rows = await harness.client.call('Search', { text: 'is(api) | count by kind' });
    const kinds = rows.rows.map((row) => row.group[0]?.value);
    expect(kinds).toEqual(['aws_apigateway_rest_api', 'aws_apigatewayv2_api']);
    const total = rows.rows.reduce((sum, row) => sum + (row.value ?? 0), 0);
    const listed = await harness.client.call('ListResources', { kinds: kinds as string[], page_size: 1000 });
    expect(total).toBe(listed.resources.length);
  });

  it('lists the families the sync declared when a name is none of them', async () => {
    const error = await grpcErrorOf(harness.client.call('Search', { text: 'is(load_balancers)' }));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/known families: .*\bload_balancer\b.*\bvolume\b/);
  });
});
