import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  GetAccessKeyLastUsedCommand,
  GetAccountAuthorizationDetailsCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListInstanceProfilesCommand,
  ListPoliciesCommand,
  paginateGetAccountAuthorizationDetails,
  paginateListPolicies,
  type GetAccountAuthorizationDetailsCommandOutput,
} from '@aws-sdk/client-iam';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { serviceRoleArn } from './kinds/iam/role-summary.js';
import { SimWorld } from './world/sim-world.js';
import { resolveCounts } from './options.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let iam: IAMClient;
const home = () => ({ account: sim.mainAccountId, region: sim.regions[0] as string });

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 6, size: 'small', accounts: 2, counts: { iamUser: 23, iamPolicy: 30 } });
  // a region other than the first: IAM is global, every region answers the same records
  iam = new IAMClient({ endpoint: sim.endpoint, region: 'eu-west-1', credentials: sim.credentials, maxAttempts: 1 });
});

afterAll(async () => {
  iam.destroy();
  await sim.stop();
});

async function allDetails(
  input: { Filter?: ('User' | 'Group' | 'Role' | 'LocalManagedPolicy' | 'AWSManagedPolicy')[] },
  pageSize: number,
): Promise<GetAccountAuthorizationDetailsCommandOutput[]> {
  const pages: GetAccountAuthorizationDetailsCommandOutput[] = [];
  for await (const page of paginateGetAccountAuthorizationDetails({ client: iam, pageSize }, input)) pages.push(page);
  return pages;
}

describe('GetAccountAuthorizationDetails', () => {
  it('pages through users, groups, roles and policies in order, each once', async () => {
    const pages = await allDetails({}, 7);
    const users = pages.flatMap((page) => page.UserDetailList ?? []);
    const groups = pages.flatMap((page) => page.GroupDetailList ?? []);
    const roles = pages.flatMap((page) => page.RoleDetailList ?? []);
    const policies = pages.flatMap((page) => page.Policies ?? []);
    const total = [home()].reduce(
      (sum, scope) =>
        sum +
        (['iamUser', 'iamGroup', 'iamRole', 'iamPolicy'] as const).reduce((n, k) => n + sim.state.count(k, scope), 0),
      0,
    );
    expect(pages.length).toBe(Math.ceil(total / 7));
    expect(pages.slice(0, -1).every((page) => page.IsTruncated === true)).toBe(true);
    expect(pages.at(-1)?.IsTruncated).toBe(false);
    expect(users.map((user) => user.UserName)).toEqual(sim.state.list('iamUser', home()).map((u) => u.UserName));
    expect(groups).toHaveLength(sim.state.count('iamGroup', home()));
    expect(roles).toHaveLength(sim.state.count('iamRole', home()));
    expect(policies).toHaveLength(sim.state.count('iamPolicy', home()));
  });

  it('answers only the entity types of Filter', async () => {
    const pages = await allDetails({ Filter: ['AWSManagedPolicy'] }, 1000);
    const policies = pages.flatMap((page) => page.Policies ?? []);
    expect(policies.length).toBeGreaterThan(0);
    expect(policies.every((policy) => policy.Arn?.startsWith('arn:aws:iam::aws:policy/'))).toBe(true);
    expect(pages.flatMap((page) => [...(page.UserDetailList ?? []), ...(page.RoleDetailList ?? [])])).toEqual([]);
    // some AWS-managed policies the account sees are attached to nothing
    expect(policies.some((policy) => policy.AttachmentCount === 0)).toBe(true);
    expect(
      await failureOf(iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Bogus' as 'User'] }))),
    ).toMatchObject({
      name: 'ValidationError',
    });
  });

  it('gives URL-encoded trust and inline policies, attachments, groups and instance profiles', async () => {
    const pages = await allDetails({ Filter: ['User', 'Role'] }, 1000);
    const roles = pages.flatMap((page) => page.RoleDetailList ?? []);
    const trusted = roles.map((role) => JSON.parse(decodeURIComponent(role.AssumeRolePolicyDocument ?? '')));
    const principals = JSON.stringify(trusted.map((document) => document.Statement[0].Principal));
    for (const expected of ['ec2.amazonaws.com', 'lambda.amazonaws.com', ':root', 'oidc-provider/', 'saml-provider/']) {
      expect(principals).toContain(expected);
    }
    // another simulated account's role
    const other = sim.accounts.find((account) => !account.isMain)?.id as string;
    expect(principals).toContain(`arn:aws:iam::${other}:role/`);
    const users = pages.flatMap((page) => page.UserDetailList ?? []);
    expect(users.some((user) => (user.GroupList ?? []).length === 2)).toBe(true);
    const inline = users.flatMap((user) => user.UserPolicyList ?? []);
    expect(JSON.parse(decodeURIComponent(inline[0]?.PolicyDocument ?? '')).Version).toBe('2012-10-17');
    const attached = [...users, ...roles].flatMap((principal) => principal.AttachedManagedPolicies ?? []);
    expect(attached.some((policy) => policy.PolicyArn?.startsWith('arn:aws:iam::aws:policy/'))).toBe(true);
    expect(roles.some((role) => (role.InstanceProfileList ?? []).length === 1)).toBe(true);
  });

  it('refuses a page size above 1000', async () => {
    expect(await failureOf(iam.send(new GetAccountAuthorizationDetailsCommand({ MaxItems: 1001 })))).toMatchObject({
      name: 'ValidationError',
      status: 400,
    });
  });
});

describe('the list calls', () => {
  it('lists policies by Scope and OnlyAttached, with the attachment counts of the details', async () => {
    const listed = async (input: { Scope?: 'All' | 'AWS' | 'Local'; OnlyAttached?: boolean }) => {
      const policies = [];
      for await (const page of paginateListPolicies({ client: iam, pageSize: 4 }, input))
        policies.push(...(page.Policies ?? []));
      return policies;
    };
    const all = await listed({});
    const local = await listed({ Scope: 'Local' });
    const aws = await listed({ Scope: 'AWS' });
    const attached = await listed({ OnlyAttached: true });
    expect(all).toHaveLength(sim.state.count('iamPolicy', home()));
    expect(local.length + aws.length).toBe(all.length);
    expect(local.every((policy) => policy.Arn?.includes(`:${sim.mainAccountId}:`))).toBe(true);
    expect(attached.every((policy) => (policy.AttachmentCount ?? 0) > 0)).toBe(true);
    expect(attached.length).toBeLessThan(all.length);
    expect(await failureOf(iam.send(new ListPoliciesCommand({ Scope: 'Mine' as 'AWS' })))).toMatchObject({
      name: 'ValidationError',
    });
  });

  it('lists the instance profiles EC2 instances name, some without a role', async () => {
    const profiles = (await iam.send(new ListInstanceProfilesCommand({}))).InstanceProfiles ?? [];
    expect(profiles.some((profile) => profile.Roles?.length === 0)).toBe(true);
    const ec2 = new EC2Client({ endpoint: sim.endpoint, region: 'us-west-2', credentials: sim.credentials });
    const reservations = (await ec2.send(new DescribeInstancesCommand({}))).Reservations ?? [];
    ec2.destroy();
    const named = reservations
      .flatMap((r) => r.Instances ?? [])
      .flatMap((i) => (i.IamInstanceProfile ? [i.IamInstanceProfile] : []));
    expect(named.length).toBeGreaterThan(0);
    const byArn = new Map(profiles.map((profile) => [profile.Arn, profile.InstanceProfileId]));
    expect(named.filter((reference) => byArn.get(reference.Arn) !== reference.Id)).toEqual([]);
  });
});

describe('access keys', () => {
  it("lists a user's keys and their last use, and never a secret", async () => {
    const keys = sim.state.list('iamAccessKey', home());
    const owner = keys[0]?.UserName as string;
    const listed = await iam.send(new ListAccessKeysCommand({ UserName: owner }));
    expect(listed.AccessKeyMetadata?.map((key) => key.AccessKeyId)).toEqual(
      keys.filter((key) => key.UserName === owner).map((key) => key.AccessKeyId),
    );
    expect(JSON.stringify(listed)).not.toMatch(/Secret/i);
    const statuses = new Set(keys.map((key) => key.Status));
    expect(statuses).toEqual(new Set(['Active', 'Inactive']));
    const lastUsed = await Promise.all(
      keys.map((key) => iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }))),
    );
    expect(lastUsed.some((answer) => answer.AccessKeyLastUsed?.ServiceName === 'N/A')).toBe(true);
    expect(lastUsed.some((answer) => answer.AccessKeyLastUsed?.LastUsedDate instanceof Date)).toBe(true);
    expect(lastUsed.map((answer) => answer.UserName)).toEqual(keys.map((key) => key.UserName));
  });

  it('answers NoSuchEntity for a user or key the account does not have', async () => {
    expect(await failureOf(iam.send(new ListAccessKeysCommand({ UserName: 'nobody' })))).toMatchObject({
      name: 'NoSuchEntityException',
      status: 404,
    });
    expect(
      await failureOf(iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: 'AKIA0000000000000000' }))),
    ).toMatchObject({
      name: 'NoSuchEntityException',
    });
  });
});

describe('roles other kinds name', () => {
  it('are roles of the account that the service may assume', () => {
    const world = new SimWorld(6, ['123456789012'], ['us-east-1'], resolveCounts('small'));
    const ctx = world.context('123456789012', 'us-east-1');
    const roles = [...world.collection('iamRole', '123456789012', 'us-east-1').all()];
    for (const service of ['ec2', 'lambda', 'eks'] as const) {
      for (const n of [0, 1, 5]) {
        const role = roles.find((candidate) => candidate.Arn === serviceRoleArn(ctx, service, n));
        expect(decodeURIComponent(role?.AssumeRolePolicyDocument ?? '')).toContain(`${service}.amazonaws.com`);
      }
    }
    const none = new SimWorld(6, ['123456789012'], ['us-east-1'], resolveCounts('small', { iamRole: 1 }));
    expect(serviceRoleArn(none.context('123456789012', 'us-east-1'), 'lambda', 0)).toBeUndefined();
  });
});
