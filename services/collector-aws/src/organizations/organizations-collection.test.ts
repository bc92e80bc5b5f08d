import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import type { AwsSecret, CollectOptions, Resource__Output, ScopeResult__Output } from '@cloud-inventory/protocol';
import { startAwsCollector } from '../server.js';
import { CollectorTestClient, awsSecretOf, resourcesOf, scopeResultsOf } from '../testing/collector-client.js';
import { simAccountSecret } from '../testing/sim-account-secret.js';

// What the conformance suite cannot know of Organizations: the tree, and what a member account or an account
// outside any organization answers.
let sim: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;
let options: CollectOptions;
let resources: Resource__Output[];
let results: ScopeResult__Output[];

const dataOf = (resource: Resource__Output) => JSON.parse(resource.data_json) as Record<string, unknown>;
const ofKind = (kind: string) => resources.filter((resource) => resource.kind === kind);

async function collectOrganizations(secret: AwsSecret, at: CollectOptions = options) {
  const task = await client.plannedTask(at, secret, 'organizations:global');
  const responses = await client.collect({ task, options: at, secret });
  return { resources: resourcesOf(responses), results: scopeResultsOf(responses) };
}

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'tiny', seed: 8, regions: ['us-east-1'], orgAccounts: 30 });
  collector = await startAwsCollector({ port: 0, poolSize: 0, insecureNoAuth: true, allowedEndpoints: [sim.endpoint] });
  client = new CollectorTestClient(collector.address);
  options = { endpoint_url: sim.endpoint };
  ({ resources, results } = await collectOrganizations(awsSecretOf(sim.credentials)));
});

afterAll(async () => {
  client.close();
  await collector.stop();
  await sim.stop();
});

describe('Organizations, collected from the management account', () => {
  it('collects the root, every OU and every account, each scope a success', () => {
    const organization = sim.organization;
    expect(results.map((result) => [result.scope?.kind, result.state]).sort()).toEqual([
      ['aws_organizations_account', 'SUCCESS'],
      ['aws_organizations_root', 'SUCCESS'],
      ['aws_organizations_unit', 'SUCCESS'],
    ]);
    expect(ofKind('aws_organizations_root').map((root) => root.id)).toEqual([organization?.root.Id]);
    expect(
      ofKind('aws_organizations_unit')
        .map((unit) => unit.id)
        .sort(),
    ).toEqual(organization?.units.map((unit) => unit.Id).sort());
    expect(ofKind('aws_organizations_account').map((account) => account.id)).toEqual(
      sim.accounts.map((account) => account.id),
    );
    expect(new Set(resources.map((resource) => resource.region))).toEqual(new Set(['global']));
  });

  it('reaches every account exactly once through contains edges from the root', () => {
    const byUid = new Map(resources.map((resource) => [resource.uid, resource]));
    const reached: string[] = [];
    const visit = (resource: Resource__Output) => {
      for (const edge of resource.relationships.filter((candidate) => candidate.type === 'contains')) {
        const target = byUid.get(edge.target_uid);
        expect(target?.kind).toBe(edge.target_kind);
        if (target?.kind === 'aws_organizations_account') reached.push(target.id);
        else if (target) visit(target);
      }
    };
    visit(ofKind('aws_organizations_root')[0] as Resource__Output);
    expect(reached.sort()).toEqual(sim.accounts.map((account) => account.id).sort());
  });

  it("maps accounts with their status in data, joined time, tags, and an edge to the account's aws_account", () => {
    const accounts = ofKind('aws_organizations_account');
    const suspended = accounts.filter((account) => dataOf(account).Status === 'SUSPENDED');
    expect(suspended.map((account) => account.id).sort()).toEqual(
      sim.organization?.accounts
        .filter((account) => account.Status === 'SUSPENDED')
        .map((account) => account.Id)
        .sort(),
    );
    const main = accounts.find((account) => account.id === sim.mainAccountId) as Resource__Output;
    expect(main).toMatchObject({
      name: 'management',
      account: sim.mainAccountId,
      created_at: '2018-06-01T00:00:00.000Z',
      tags: { Owner: expect.stringMatching(/^team-\d$/) },
    });
    expect(dataOf(main)).toMatchObject({
      Status: 'ACTIVE',
      JoinedMethod: 'INVITED',
      Email: 'aws+management@example.com',
    });
    expect(dataOf(main)).not.toHaveProperty('Tags');
    expect(main.relationships).toEqual([
      expect.objectContaining({
        type: 'represents',
        target_uid: `aws:account:${sim.mainAccountId}`,
        target_kind: 'aws_account',
      }),
    ]);
    const unit = ofKind('aws_organizations_unit').find(
      (candidate) => candidate.name === 'Payments',
    ) as Resource__Output;
    expect(unit.tags).toEqual({ CostCenter: expect.stringMatching(/^cc-\d{4}$/) });
    expect(dataOf(unit)).toEqual({
      Id: unit.id,
      Arn: expect.stringContaining(':ou/o-'),
      Name: 'Payments',
      Path: expect.any(String),
    });
  });

  it('answers an empty, complete collection for a member account: it is not the management account and is refused the listing', async () => {
    const member = sim.accounts.find((account) => !account.isMain && account.roles.length > 0);
    const { resources: none, results: complete } = await collectOrganizations(simAccountSecret(sim, member?.id ?? ''));
    expect(none).toEqual([]);
    expect(complete.map((result) => [result.scope?.kind, result.state, result.error_code]).sort()).toEqual([
      ['aws_organizations_account', 'SUCCESS', ''],
      ['aws_organizations_root', 'SUCCESS', ''],
      ['aws_organizations_unit', 'SUCCESS', ''],
    ]);
  });

  it('fails the management account refused, never an empty success that would clean its stored organization', async () => {
    const denied = sim.faults.deny({ account: sim.mainAccountId, service: 'organizations', operation: 'ListRoots' });
    try {
      const { resources: some, results: failed } = await collectOrganizations(simAccountSecret(sim, sim.mainAccountId));
      expect(some.filter((resource) => resource.kind !== 'aws_organizations_account')).toEqual([]);
      const states = Object.fromEntries(
        failed.map((result) => [result.scope?.kind, [result.state, result.error_code]]),
      );
      expect(states['aws_organizations_root']).toEqual(['FAILURE', 'AccessDenied']);
      expect(states['aws_organizations_unit']).toEqual(['FAILURE', 'AccessDenied']);
    } finally {
      denied.remove();
    }
  });

  it('answers an empty, complete collection where AWSOrganizationsNotInUseException proves there is no organization', async () => {
    const alone = await startAwsSimulator({ size: 'tiny', seed: 8, regions: ['us-east-1'], organization: false });
    const aloneCollector = await startAwsCollector({
      port: 0,
      poolSize: 0,
      insecureNoAuth: true,
      allowedEndpoints: [alone.endpoint],
    });
    const aloneClient = new CollectorTestClient(aloneCollector.address);
    try {
      const at = { endpoint_url: alone.endpoint };
      const secret = awsSecretOf(alone.credentials);
      const task = await aloneClient.plannedTask(at, secret, 'organizations:global');
      const responses = await aloneClient.collect({ task, options: at, secret });
      expect(resourcesOf(responses)).toEqual([]);
      expect(scopeResultsOf(responses).map((result) => [result.state, result.resource_count])).toEqual([
        ['SUCCESS', 0],
        ['SUCCESS', 0],
        ['SUCCESS', 0],
      ]);
    } finally {
      aloneClient.close();
      await aloneCollector.stop();
      await alone.stop();
    }
  });
});
