import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeAccountCommand,
  DescribeOrganizationCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListParentsCommand,
  ListRootsCommand,
  ListTagsForResourceCommand,
  OrganizationsClient,
  paginateListAccounts,
  paginateListAccountsForParent,
  paginateListOrganizationalUnitsForParent,
  type Account,
} from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startAwsSimulator, type AwsSimulator, type SimAccountInfo } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let organizations: OrganizationsClient;
let sts: STSClient;
const region = 'us-east-1';
const existing = 2;
const generated = 23;

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 12, size: 'tiny', regions: [region, 'eu-west-1'], orgAccounts: generated });
  organizations = new OrganizationsClient({ endpoint: sim.endpoint, region, credentials: sim.credentials });
  sts = new STSClient({ endpoint: sim.endpoint, region, credentials: sim.credentials });
});

afterAll(async () => {
  organizations.destroy();
  sts.destroy();
  await sim.stop();
});

async function assumeInto(account: SimAccountInfo) {
  const role = account.roles[0];
  if (!role) throw new Error(`no role in ${account.id}`);
  const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: 'org-test' }));
  return {
    accessKeyId: Credentials?.AccessKeyId as string,
    secretAccessKey: Credentials?.SecretAccessKey as string,
    sessionToken: Credentials?.SessionToken as string,
  };
}

/** Every account under a parent, walking its OUs depth first, with every page of every listing. */
async function walk(parentId: string, depth: number, seen: { accounts: string[]; depth: number }): Promise<void> {
  seen.depth = Math.max(seen.depth, depth);
  for await (const page of paginateListAccountsForParent(
    { client: organizations, pageSize: 2 },
    { ParentId: parentId },
  )) {
    seen.accounts.push(...(page.Accounts ?? []).map((account) => account.Id as string));
  }
  for await (const page of paginateListOrganizationalUnitsForParent(
    { client: organizations, pageSize: 1 },
    { ParentId: parentId },
  )) {
    for (const unit of page.OrganizationalUnits ?? []) await walk(unit.Id as string, depth + 1, seen);
  }
}

describe('AWS Organizations through the real SDK', () => {
  it('describes the organization the main account manages', async () => {
    const { Organization } = await organizations.send(new DescribeOrganizationCommand({}));
    expect(Organization).toEqual({
      Id: expect.stringMatching(/^o-[a-z0-9]{10}$/),
      Arn: expect.stringMatching(
        new RegExp(`^arn:aws:organizations::${sim.mainAccountId}:organization/o-[a-z0-9]{10}$`),
      ),
      FeatureSet: 'ALL',
      MasterAccountArn: expect.stringMatching(
        new RegExp(`^arn:aws:organizations::${sim.mainAccountId}:account/o-[a-z0-9]{10}/${sim.mainAccountId}$`),
      ),
      MasterAccountId: sim.mainAccountId,
      MasterAccountEmail: 'aws+management@example.com',
      AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
    });
  });

  it('lists the root, and OUs and accounts in AWS shapes', async () => {
    const { Roots } = await organizations.send(new ListRootsCommand({}));
    const orgId = sim.organization?.organization.Id as string;
    expect(Roots).toEqual([
      {
        Id: expect.stringMatching(/^r-[0-9a-z]{4}$/),
        Arn: expect.stringMatching(new RegExp(`^arn:aws:organizations::\\d{12}:root/${orgId}/r-[0-9a-z]{4}$`)),
        Name: 'Root',
        PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
      },
    ]);
    const rootId = Roots?.[0]?.Id as string;
    const { OrganizationalUnits = [] } = await organizations.send(
      new ListOrganizationalUnitsForParentCommand({ ParentId: rootId }),
    );
    expect(OrganizationalUnits.map((unit) => unit.Name)).toEqual([
      'Security',
      'Infrastructure',
      'Workloads',
      'Sandbox',
      'Suspended',
    ]);
    expect(OrganizationalUnits[0]).toEqual({
      Id: expect.stringMatching(new RegExp(`^ou-${rootId.slice(2)}-[a-z0-9]{8}$`)),
      Arn: expect.stringMatching(new RegExp(`^arn:aws:organizations::\\d{12}:ou/${orgId}/ou-[0-9a-z]{4}-[a-z0-9]{8}$`)),
      Name: 'Security',
      Path: expect.stringMatching(new RegExp(`^${orgId}/${rootId}/ou-[0-9a-z-]+/$`)),
    });
    const { Account } = await organizations.send(new DescribeAccountCommand({ AccountId: sim.mainAccountId }));
    expect(Account).toEqual({
      Id: sim.mainAccountId,
      Arn: `arn:aws:organizations::${sim.mainAccountId}:account/${orgId}/${sim.mainAccountId}`,
      Email: 'aws+management@example.com',
      Name: 'management',
      Status: 'ACTIVE',
      State: 'ACTIVE',
      Paths: [`${orgId}/${rootId}/${sim.mainAccountId}/`],
      JoinedMethod: 'INVITED',
      JoinedTimestamp: expect.any(Date),
    });
    const { Tags } = await organizations.send(
      new ListTagsForResourceCommand({ ResourceId: OrganizationalUnits[0]?.Id as string }),
    );
    expect(Tags).toEqual([{ Key: 'CostCenter', Value: expect.stringMatching(/^cc-\d{4}$/) }]);
    const accountTags = await organizations.send(new ListTagsForResourceCommand({ ResourceId: sim.accounts[1]?.id }));
    expect(accountTags.Tags).toContainEqual({ Key: 'Environment', Value: 'payments' });
  });

  it('walks nested OUs from the root to every account exactly once', async () => {
    const { Roots } = await organizations.send(new ListRootsCommand({}));
    const seen = { accounts: [] as string[], depth: 0 };
    await walk(Roots?.[0]?.Id as string, 0, seen);
    expect(seen.depth).toBe(3);
    expect([...seen.accounts].sort()).toEqual(sim.accounts.map((account) => account.id).sort());
    expect(new Set(seen.accounts).size).toBe(existing + generated);
    const { Parents } = await organizations.send(new ListParentsCommand({ ChildId: sim.accounts[1]?.id }));
    expect(Parents).toEqual([{ Id: expect.stringMatching(/^ou-/), Type: 'ORGANIZATIONAL_UNIT' }]);
    const { Parents: ofMain } = await organizations.send(new ListParentsCommand({ ChildId: sim.mainAccountId }));
    expect(ofMain).toEqual([{ Id: Roots?.[0]?.Id, Type: 'ROOT' }]);
  });

  it('pages ListAccounts 20 at a time, or as asked from 1 to 20', async () => {
    const first = await organizations.send(new ListAccountsCommand({}));
    expect(first.Accounts).toHaveLength(20);
    expect(first.NextToken).toEqual(expect.any(String));
    const accounts: Account[] = [];
    for await (const page of paginateListAccounts({ client: organizations, pageSize: 7 }, {})) {
      expect((page.Accounts ?? []).length).toBeLessThanOrEqual(7);
      accounts.push(...(page.Accounts ?? []));
    }
    expect(accounts.map((account) => account.Id)).toEqual(sim.accounts.map((account) => account.id));
    expect(await failureOf(organizations.send(new ListAccountsCommand({ MaxResults: 21 })))).toEqual({
      name: 'InvalidInputException',
      status: 400,
    });
    expect(await failureOf(organizations.send(new ListAccountsCommand({ MaxResults: 0 })))).toMatchObject({
      name: 'InvalidInputException',
    });
    expect(await failureOf(organizations.send(new ListAccountsCommand({ NextToken: 'bogus' })))).toMatchObject({
      name: 'InvalidInputException',
    });
  });

  it("answers AWS's errors for ids that are malformed or name nothing", async () => {
    expect(
      await failureOf(organizations.send(new ListAccountsForParentCommand({ ParentId: 'ou-abcd-12345678' }))),
    ).toEqual({ name: 'ParentNotFoundException', status: 400 });
    expect(
      await failureOf(organizations.send(new ListOrganizationalUnitsForParentCommand({ ParentId: 'nope' }))),
    ).toMatchObject({ name: 'InvalidInputException' });
    expect(
      await failureOf(organizations.send(new DescribeAccountCommand({ AccountId: '000000000000' }))),
    ).toMatchObject({ name: 'AccountNotFoundException' });
    expect(await failureOf(organizations.send(new DescribeAccountCommand({ AccountId: '12' })))).toMatchObject({
      name: 'InvalidInputException',
    });
    expect(await failureOf(organizations.send(new ListParentsCommand({ ChildId: '000000000000' })))).toMatchObject({
      name: 'ChildNotFoundException',
    });
    expect(
      await failureOf(organizations.send(new ListTagsForResourceCommand({ ResourceId: '000000000000' }))),
    ).toMatchObject({ name: 'TargetNotFoundException' });
  });

  it('suspends some generated accounts, and one active account has no reader role to assume', async () => {
    const accounts: Account[] = [];
    for await (const page of paginateListAccounts({ client: organizations }, {}))
      accounts.push(...(page.Accounts ?? []));
    const suspended = accounts.filter((account) => account.Status === 'SUSPENDED');
    expect(suspended.length).toBeGreaterThanOrEqual(1);
    expect(suspended.every((account) => account.State === 'SUSPENDED')).toBe(true);
    expect(suspended.map((account) => account.Id)).not.toContain(sim.accounts[1]?.id);
    const roleless = sim.accounts.filter((account) => account.roles.length === 0);
    expect(roleless).toHaveLength(1);
    const status = accounts.find((account) => account.Id === roleless[0]?.id)?.Status;
    expect(status).toBe('ACTIVE');
    const failure = await failureOf(
      sts.send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${roleless[0]?.id}:role/InventoryReader`,
          RoleSessionName: 'org-test',
        }),
      ),
    );
    expect(failure).toEqual({ name: 'AccessDenied', status: 403 });
    // the same as another run of the same seed
    const again = await startAwsSimulator({ seed: 12, size: 'tiny', regions: [region], orgAccounts: generated });
    try {
      expect(again.organization?.accounts.map((account) => account.Status)).toEqual(accounts.map((a) => a.Status));
      expect(again.accounts.findIndex((account) => account.roles.length === 0)).toBe(
        sim.accounts.indexOf(roleless[0] as SimAccountInfo),
      );
    } finally {
      await again.stop();
    }
  });

  it('lets a member describe the organization but not list it, and serves its own small estate', async () => {
    const member = sim.accounts.find((account) => !account.isMain && account.roles.length > 0) as SimAccountInfo;
    const generatedMember = sim.accounts.slice(existing).find((account) => account.roles.length > 0) as SimAccountInfo;
    const credentials = await assumeInto(member);
    const asMember = new OrganizationsClient({ endpoint: sim.endpoint, region, credentials });
    try {
      const { Organization } = await asMember.send(new DescribeOrganizationCommand({}));
      expect(Organization?.MasterAccountId).toBe(sim.mainAccountId);
      for (const call of [
        new ListAccountsCommand({}),
        new ListRootsCommand({}),
        new DescribeAccountCommand({ AccountId: member.id }),
      ]) {
        expect(await failureOf(asMember.send(call as ListAccountsCommand))).toEqual({
          name: 'AccessDeniedException',
          status: 400,
        });
      }
    } finally {
      asMember.destroy();
    }
    const generatedCredentials = await assumeInto(generatedMember);
    const ec2 = new EC2Client({ endpoint: sim.endpoint, region: 'eu-west-1', credentials: generatedCredentials });
    try {
      const { Reservations = [] } = await ec2.send(new DescribeInstancesCommand({}));
      const instances = Reservations.flatMap((reservation) => reservation.Instances ?? []);
      expect(instances.length).toBe(
        sim.state.list('instance', { account: generatedMember.id, region: 'eu-west-1' }).length,
      );
      expect(Reservations[0]?.OwnerId).toBe(generatedMember.id);
    } finally {
      ec2.destroy();
    }
  });

  it('answers AWSOrganizationsNotInUseException where the accounts form no organization', async () => {
    const alone = await startAwsSimulator({ seed: 2, size: 'tiny', regions: ['eu-west-1'], organization: false });
    const client = new OrganizationsClient({ endpoint: alone.endpoint, region, credentials: alone.credentials });
    try {
      expect(alone.organization).toBeUndefined();
      for (const call of [new DescribeOrganizationCommand({}), new ListRootsCommand({})]) {
        expect(await failureOf(client.send(call as DescribeOrganizationCommand))).toEqual({
          name: 'AWSOrganizationsNotInUseException',
          status: 400,
        });
      }
    } finally {
      client.destroy();
      await alone.stop();
    }
  });
});
