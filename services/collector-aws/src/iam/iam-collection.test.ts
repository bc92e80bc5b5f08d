import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import type { AwsSecret, CollectOptions, Resource__Output } from '@cloud-inventory/protocol';
import { startAwsCollector } from '../server.js';
import { CollectorTestClient, awsSecretOf, resourcesOf } from '../testing/collector-client.js';

// What the conformance suite cannot know of IAM: one global task, which AWS-managed policies count, collection-time
// figures of access keys, no secret anywhere.
let sim: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;
let secret: AwsSecret;
let options: CollectOptions;
let resources: Resource__Output[];

const dataOf = (resource: Resource__Output) => JSON.parse(resource.data_json) as Record<string, unknown>;
const ofKind = (kind: string) => resources.filter((resource) => resource.kind === kind);

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'small', seed: 12 });
  collector = await startAwsCollector({ port: 0, poolSize: 0, insecureNoAuth: true, allowedEndpoints: [sim.endpoint] });
  client = new CollectorTestClient(collector.address);
  secret = awsSecretOf(sim.credentials);
  options = { endpoint_url: sim.endpoint };
  const task = await client.plannedTask(options, secret, 'iam:global');
  resources = resourcesOf(await client.collect({ task, options, secret }));
});

afterAll(async () => {
  client.close();
  await collector.stop();
  await sim.stop();
});

describe('IAM, collected once per account', () => {
  it('is one global task whose resources have no region', async () => {
    const plan = await client.getTasks(options, secret);
    expect(plan.tasks.filter((task) => task.service === 'iam').map((task) => task.region)).toEqual(['global']);
    expect(new Set(resources.map((resource) => resource.region))).toEqual(new Set(['global']));
  });

  it('keeps the customer-managed policies and the AWS-managed ones attached to a principal', () => {
    const home = { account: sim.mainAccountId, region: sim.regions[0] as string };
    const simulated = sim.state.list('iamPolicy', home);
    const awsManaged = (arn: string) => arn.includes(':iam::aws:');
    const expected = simulated.filter((policy) => !awsManaged(policy.Arn) || policy.AttachmentCount > 0);
    expect(expected.length).toBeLessThan(simulated.length);
    expect(
      ofKind('aws_iam_policy')
        .map((policy) => policy.id)
        .sort(),
    ).toEqual(expected.map((p) => p.Arn).sort());
    const attachedAws = ofKind('aws_iam_policy').find((policy) => awsManaged(policy.id));
    expect(attachedAws?.uid).toBe(`${attachedAws?.id}#${sim.mainAccountId}`);
  });

  it("gives each access key its last use, age and idle days, and its user's owns edge", () => {
    const keys = ofKind('aws_iam_access_key');
    expect(keys.length).toBe(
      sim.state.count('iamAccessKey', { account: sim.mainAccountId, region: sim.regions[0] as string }),
    );
    // counted when collected, a moment ago: the same day, or the day before across midnight
    const daysSince = (iso: string) => Math.floor((Date.now() - Date.parse(iso)) / 86_400_000);
    const sameDay = (value: unknown, days: number) => value === days || value === days - 1;
    for (const key of keys) {
      const data = dataOf(key);
      const lastUsed = data.LastUsed as { LastUsedDate?: string };
      expect(sameDay(data.DaysUnused, daysSince(lastUsed.LastUsedDate ?? String(data.CreateDate)))).toBe(true);
      expect(sameDay(data.AgeDays, daysSince(String(data.CreateDate)))).toBe(true);
    }
    expect(keys.some((key) => (dataOf(key).LastUsed as { ServiceName: string }).ServiceName === 'N/A')).toBe(true);
    const owned = ofKind('aws_iam_user').flatMap((user) => user.relationships.filter((edge) => edge.type === 'owns'));
    expect(owned.map((edge) => edge.target_uid).sort()).toEqual(keys.map((key) => key.uid).sort());
  });

  it('holds no secret access key', () => {
    expect(JSON.stringify(resources)).not.toMatch(/secret/i);
  });
});
