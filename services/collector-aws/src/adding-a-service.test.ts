import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import { EndpointPolicy, startCollectorServer, type RunningCollector } from '@cloud-inventory/collector-kit';
import { pino } from 'pino';
import { registry } from './testing/registry-with-reservations.js';
import { CollectorTestClient, resourcesOf, scopeResultsOf, awsSecretOf } from './testing/collector-client.js';

let sim: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'tiny', seed: 5 });
  collector = await startCollectorServer({
    registry,
    registryModule: new URL('./testing/registry-with-reservations.ts', import.meta.url).href,
    logger: pino({ level: 'silent' }),
    poolSize: 1,
    insecureNoAuth: true,
    endpoints: new EndpointPolicy({ allowedEndpoints: [sim.endpoint] }),
  });
  client = new CollectorTestClient(collector.address);
});

afterAll(async () => {
  client.close();
  await collector.stop();
  await sim.stop();
});

describe('adding a kind (ADDING-A-KIND.md)', () => {
  it('plans and collects a new kind from one Connector, one Manager and one registry line', async () => {
    const secret = awsSecretOf(sim.credentials);
    const options = { endpoint_url: sim.endpoint, services: ['reservations'] };
    const plan = await client.getTasks(options, secret);
    const task = plan.tasks.find((candidate) => candidate.task_id === 'reservations:us-west-2');
    expect(task).toMatchObject({ service: 'reservations', kinds: ['aws_ec2_reservation'] });

    const responses = await client.collect({ task, options, secret });
    const account = sim.mainAccountId;
    const instances = sim.state.list('instance', { account, region: 'us-west-2' });
    const reservations = resourcesOf(responses);
    expect(reservations.map((reservation) => reservation.id).sort()).toEqual(
      [...new Set(instances.map((instance) => instance.ReservationId))].sort(),
    );
    const contained = reservations.flatMap((reservation) => reservation.relationships.map((edge) => edge.target_uid));
    expect(contained.sort()).toEqual(
      instances.map((instance) => `arn:aws:ec2:us-west-2:${account}:instance/${instance.InstanceId}`).sort(),
    );
    expect(reservations[0]).toMatchObject({
      kind: 'aws_ec2_reservation',
      service_group: 'EC2',
      type: 'Reservation',
      region: 'us-west-2',
    });
    expect(scopeResultsOf(responses)).toEqual([
      expect.objectContaining({ state: 'SUCCESS', scope: expect.objectContaining({ kind: 'aws_ec2_reservation' }) }),
    ]);
  });
});
