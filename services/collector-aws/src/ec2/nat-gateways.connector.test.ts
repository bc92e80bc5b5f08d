import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isCurrentRecord, startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import { collectAll, connectorContextFor, type TestConnectorContext } from '@cloud-inventory/collector-kit/testing';
import { NatGatewaysConnector } from './nat-gateways.connector.js';

const region = 'eu-west-1';
let sim: AwsSimulator;
let context: TestConnectorContext;

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 6, size: 'small', regions: [region], accounts: 1, counts: { natGateway: 12 } });
  context = connectorContextFor(sim, region);
});

afterAll(async () => {
  context.close();
  await sim.stop();
});

describe('NAT gateways', () => {
  it('are the current ones: not those AWS still lists deleted or failed', async () => {
    const listed = sim.state.list('natGateway', { account: sim.mainAccountId, region });
    const gone = listed.filter((gateway) => !isCurrentRecord('natGateway', gateway));
    expect(new Set(gone.map((gateway) => gateway.State))).toEqual(new Set(['deleted', 'failed']));
    const collected = await collectAll(new NatGatewaysConnector(context).items());
    expect(collected.map((gateway) => gateway.NatGatewayId)).toEqual(
      listed.filter((gateway) => !gone.includes(gateway)).map((gateway) => gateway.NatGatewayId),
    );
    expect(collected.every((gateway) => gateway.State === 'available')).toBe(true);
  });
});
