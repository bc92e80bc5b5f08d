import { describe, expect, it } from '@jest/globals';
import type { ScopeKey } from '@cloud-inventory/graph-store';
import type { Task__Output } from '@cloud-inventory/protocol';
import { decideOrphanScopes, type OrphanInputs } from './orphan-scopes.js';

const main = '111111111111';
const gone = '222222222222';

function scope(account: string, region: string, kind: string, cloud = 'aws'): ScopeKey {
  return { cloud, account, region, serviceGroup: kind.split('_')[1]?.toUpperCase() ?? '', kind };
}

function task(region: string, kinds: string[], scopeRegions: string[] = []): Task__Output {
  return {
    task_id: `${region}:${kinds.join()}`,
    type: 'CLOUD_SERVICE',
    service: '',
    region,
    kinds,
    scope_regions: scopeRegions,
  };
}

const plan = {
  accountId: main,
  tasks: [
    { ...task('global', []), type: 'CLOUD_SERVICE_TYPE' as const },
    task('eu-west-1', ['aws_ec2_volume']),
    task('global', ['aws_s3_bucket'], ['eu-west-1']),
  ],
};

function decide(inputs: Partial<OrphanInputs>) {
  return decideOrphanScopes({
    storedScopes: [],
    orphanedScopes: [],
    configuredClouds: new Set(['aws']),
    configuredAccountIds: new Set([main]),
    fullPlans: [],
    completeScopes: [],
    ...inputs,
  });
}

describe('decideOrphanScopes', () => {
  it('orphans an unconfigured account only when every configured account id is known', () => {
    const stored = [scope(gone, 'eu-west-1', 'aws_ec2_volume'), scope(main, 'eu-west-1', 'aws_ec2_volume')];
    expect(decide({ storedScopes: stored }).orphaned).toEqual([stored[0]]);
    expect(decide({ storedScopes: stored, configuredAccountIds: undefined }).orphaned).toEqual([]);
  });

  it('orphans a region or kind a full plan does not collect, and counts a global kind in every region', () => {
    const stored = [
      scope(main, 'us-east-1', 'aws_ec2_volume'),
      scope(main, 'eu-west-1', 'aws_ec2_volume'),
      scope(main, 'us-east-1', 'aws_s3_bucket'),
      scope(main, 'eu-west-1', 'aws_cloudtrail_trail'),
    ];
    expect(decide({ storedScopes: stored, fullPlans: [plan] }).orphaned).toEqual([stored[0], stored[3]]);
    expect(decide({ storedScopes: stored }).orphaned).toEqual([]);
  });

  it('proves nothing from a plan with a task whose kinds the collector picks', () => {
    const open = { accountId: main, tasks: [...plan.tasks, task('us-east-1', [])] };
    expect(decide({ storedScopes: [scope(main, 'ap-south-1', 'aws_ec2_volume')], fullPlans: [open] }).orphaned).toEqual(
      [],
    );
  });

  it('never orphans a scope the job collected, nor one of a cloud no account is configured for', () => {
    const collected = scope(gone, 'eu-west-1', 'aws_ec2_volume');
    const otherCloud = scope(gone, 'eu-west-1', 'aws_ec2_volume', 'gcp');
    const decision = decide({
      storedScopes: [collected, otherCloud],
      orphanedScopes: [collected],
      completeScopes: [collected],
    });
    expect(decision).toEqual({ orphaned: [], unorphaned: [collected] });
  });

  it('clears marks only where a full plan or a complete collection shows the scope configured', () => {
    const back = scope(main, 'eu-west-1', 'aws_ec2_volume');
    const unplanned = scope(main, 'us-east-1', 'aws_ec2_volume');
    expect(decide({ orphanedScopes: [back, unplanned], fullPlans: [plan] }).unorphaned).toEqual([back]);
    expect(decide({ orphanedScopes: [back, unplanned] }).unorphaned).toEqual([]);
  });
});
