import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../errors.js';
import { parseConfig } from './parse-config.js';

function problemOf(raw: Record<string, unknown>): { key: string; problem: string } {
  try {
    parseConfig({ accounts: [{ name: 'main' }], ...raw });
  } catch (error) {
    if (error instanceof ConfigError) return { key: error.key, problem: error.problem };
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('fills defaults: hourly schedule, bounded concurrency, retries and a local collector', () => {
    const config = parseConfig({ accounts: [{ name: 'main' }] });
    expect(config.schedule.cron).toBe('0 * * * *');
    expect(config.concurrency).toEqual({ total: 16, perAccount: 8 });
    expect(config.task.retries).toBe(2);
    expect(config.accounts[0]).toMatchObject({
      name: 'main',
      provider: 'aws',
      collectorAddress: '127.0.0.1:50051',
      credentials: { type: 'default' },
      regions: [],
      services: [],
    });
  });

  it('reads an assume-role reference with static source keys named by environment variables', () => {
    const config = parseConfig({
      accounts: [
        {
          name: 'prod',
          id: '123456789012',
          credentials: {
            type: 'assume_role',
            roleArn: 'arn:aws:iam::123456789012:role/inventory',
            externalIdEnv: 'PROD_EXTERNAL_ID',
            accessKeyIdEnv: 'BASE_KEY_ID',
            secretAccessKeyEnv: 'BASE_SECRET',
          },
          regions: ['eu-west-1', 'us-east-1'],
          services: 'ec2, s3',
        },
      ],
    });
    expect(config.accounts[0]?.credentials).toEqual({
      type: 'assume_role',
      roleArn: 'arn:aws:iam::123456789012:role/inventory',
      externalId: undefined,
      externalIdEnv: 'PROD_EXTERNAL_ID',
      sessionName: undefined,
      source: {
        type: 'static',
        accessKeyIdEnv: 'BASE_KEY_ID',
        secretAccessKeyEnv: 'BASE_SECRET',
        sessionTokenEnv: undefined,
      },
    });
    expect(config.accounts[0]?.services).toEqual(['ec2', 's3']);
  });

  it('names the key of a malformed region', () => {
    expect(problemOf({ accounts: [{ name: 'a', regions: ['us-east-1', 'Mars'] }] })).toEqual({
      key: 'accounts[0].regions[1]',
      problem: 'must be a region code such as eu-west-1',
    });
  });

  it('names the key of a role ARN that is not one', () => {
    expect(problemOf({ accounts: [{ name: 'a', credentials: { type: 'assume_role', roleArn: 'role/x' } }] }).key).toBe(
      'accounts[0].credentials.roleArn',
    );
  });

  it('refuses an invalid cron expression and names schedule.cron', () => {
    expect(problemOf({ schedule: { cron: '0 * * *' } }).key).toBe('schedule.cron');
    expect(problemOf({ schedule: { cron: '61 * * * *' } }).key).toBe('schedule.cron');
  });

  it('refuses unknown keys, so a typo does not silently fall back to a default', () => {
    expect(problemOf({ concurrency: { totl: 3 } })).toMatchObject({ key: 'concurrency.totl' });
    expect(problemOf({ accounts: [{ name: 'a', credentials: { type: 'static', accessKeyId: 'AKIA...' } }] }).key).toBe(
      'accounts[0].credentials.accessKeyId',
    );
  });

  it('refuses static credentials without the variable naming the secret key', () => {
    expect(problemOf({ accounts: [{ name: 'a', credentials: { type: 'static', accessKeyIdEnv: 'K' } }] })).toEqual({
      key: 'accounts[0].credentials.secretAccessKeyEnv',
      problem: 'is required',
    });
  });

  it('refuses a configuration without accounts', () => {
    expect(problemOf({ accounts: [] })).toEqual({ key: 'accounts', problem: 'must list at least one account' });
  });

  it('refuses duplicate account names and per-account concurrency above the total', () => {
    expect(problemOf({ accounts: [{ name: 'a' }, { name: 'a' }] }).key).toBe('accounts[1].name');
    expect(problemOf({ concurrency: { total: 2, perAccount: 3 } }).key).toBe('concurrency.perAccount');
  });

  it('refuses a port out of range and a non-integer deadline', () => {
    expect(problemOf({ api: { port: 70000 } }).key).toBe('api.port');
    expect(problemOf({ task: { deadlineSeconds: 1.5 } }).key).toBe('task.deadlineSeconds');
  });

  it('keeps orphaned resources 7 days by default and reads retention.orphanedAfterDays', () => {
    expect(parseConfig({ accounts: [{ name: 'main' }] }).retention).toEqual({ orphanedAfterDays: 7 });
    expect(parseConfig({ accounts: [{ name: 'main' }], retention: { orphanedAfterDays: 30 } }).retention).toEqual({
      orphanedAfterDays: 30,
    });
  });

  it('names retention.orphanedAfterDays when it is not a whole number of days from 1 to 3650', () => {
    for (const orphanedAfterDays of [0, -1, 1.5, 'soon', 5000]) {
      expect(problemOf({ retention: { orphanedAfterDays } })).toEqual({
        key: 'retention.orphanedAfterDays',
        problem: 'must be an integer from 1 to 3650',
      });
    }
    expect(problemOf({ retention: { orphanedAfterDay: 3 } }).key).toBe('retention.orphanedAfterDay');
  });
});

describe('parseConfig: collector addresses', () => {
  it.each(['collector:50051', 'dns:///collector-aws:50051', 'ipv4:127.0.0.1:5001', 'ipv4:10.0.0.1:5001,10.0.0.2:5001'])(
    'accepts %s',
    (address) => {
      expect(parseConfig({ accounts: [{ name: 'main' }], collector: { address } }).accounts[0]?.collectorAddress).toBe(
        address,
      );
    },
  );

  it.each(['ipv4:127.0.0.1', 'ipv4:127.0.0.1:5001,', 'ipv4:host:5001', 'dns:///a b:1', 'collector'])(
    'refuses %s naming collector.address',
    (address) => {
      expect(() => parseConfig({ accounts: [{ name: 'main' }], collector: { address } })).toThrow('collector.address');
    },
  );
});

describe('parseConfig: organizations', () => {
  const management = {
    name: 'root-account',
    id: '111111111111',
    credentials: { type: 'static', accessKeyIdEnv: 'K', secretAccessKeyEnv: 'S' },
  };

  function organizationProblem(organization: Record<string, unknown>, accounts: unknown[] = [management]) {
    try {
      parseConfig({ accounts, organizations: [organization] });
    } catch (error) {
      if (error instanceof ConfigError) return { key: error.key, problem: error.problem };
      throw error;
    }
    throw new Error('expected a ConfigError');
  }

  it('reads an organization listed through a configured account, with defaults for the member role and selection', () => {
    const config = parseConfig({
      accounts: [management],
      organizations: [
        {
          name: 'acme',
          managementAccount: 'root-account',
          memberRole: { name: 'InventoryReader', externalIdEnv: 'ACME_EXTERNAL_ID' },
          exclude: { accounts: ['222222222222'], units: ['ou-ab12-cd34ef56'] },
          regions: ['eu-west-1'],
        },
      ],
    });
    expect(config.organizations).toEqual([
      {
        name: 'acme',
        managementAccount: 'root-account',
        memberRole: {
          name: 'InventoryReader',
          externalId: undefined,
          externalIdEnv: 'ACME_EXTERNAL_ID',
          sessionName: undefined,
        },
        include: { accounts: [], units: [] },
        exclude: { accounts: ['222222222222'], units: ['ou-ab12-cd34ef56'] },
        regions: ['eu-west-1'],
      },
    ]);
    expect(
      parseConfig({ accounts: [management], organizations: [{ name: 'o', managementAccount: 'root-account' }] })
        .organizations[0]?.memberRole.name,
    ).toBe('OrganizationAccountAccessRole');
  });

  it('names the key of each problem', () => {
    expect(organizationProblem({ name: 'acme', managementAccount: 'nobody' })).toEqual({
      key: 'organizations[0].managementAccount',
      problem: 'no configured account "nobody"',
    });
    expect(organizationProblem({ name: 'root-account', managementAccount: 'root-account' }).key).toBe(
      'organizations[0].name',
    );
    expect(
      organizationProblem({ name: 'acme', managementAccount: 'root-account', include: { units: ['x'] } }).key,
    ).toBe('organizations[0].include.units[0]');
    expect(
      organizationProblem({ name: 'acme', managementAccount: 'root-account', memberRole: { name: 'a b' } }).key,
    ).toBe('organizations[0].memberRole.name');
    expect(organizationProblem({ name: 'acme', managementAccount: 'root-account', members: [] }).key).toBe(
      'organizations[0].members',
    );
    const narrowed = { ...management, services: ['ec2'] };
    expect(organizationProblem({ name: 'acme', managementAccount: 'root-account' }, [narrowed]).problem).toContain(
      'must sync the organizations service',
    );
    const role = {
      name: 'root-account',
      credentials: { type: 'assume_role', roleArn: 'arn:aws:iam::111111111111:role/hub' },
    };
    expect(organizationProblem({ name: 'acme', managementAccount: 'root-account' }, [role]).problem).toContain(
      'must have default or static credentials',
    );
  });
});

describe('parseConfig: ha', () => {
  it('defaults the lease TTL to 15 s and reads another', () => {
    expect(parseConfig({ accounts: [{ name: 'main' }] }).ha).toEqual({ leaseTtlMs: 15_000 });
    expect(parseConfig({ accounts: [{ name: 'main' }], ha: { leaseTtlSeconds: 6 } }).ha).toEqual({ leaseTtlMs: 6000 });
  });

  it('names the key of a TTL out of range or an unknown key', () => {
    expect(problemOf({ ha: { leaseTtlSeconds: 1 } }).key).toBe('ha.leaseTtlSeconds');
    expect(problemOf({ ha: { leaseTtlSeconds: 601 } }).key).toBe('ha.leaseTtlSeconds');
    expect(problemOf({ ha: { leaseTtl: 5 } }).key).toBe('ha.leaseTtl');
  });
});
