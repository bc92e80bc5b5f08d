import { describe, expect, it } from '@jest/globals';
import type { StoredResource } from '@cloud-inventory/graph-store';
import type { ActionPolicy } from '../config/react-config.js';
import { decide } from './plan-policy.js';

const now = new Date('2026-03-01T00:00:00Z');

function resource(kind: string, tags: Record<string, string>, createdAt = '2026-01-01T00:00:00Z'): StoredResource {
  return {
    uid: `arn:${kind}:x`,
    id: 'x-1',
    kind,
    name: 'x',
    tags,
    createdAt,
    cloud: 'aws',
    account: '111111111111',
    region: 'eu-west-1',
    serviceGroup: 'EC2',
    data: {},
    firstSeen: '2026-02-01T00:00:00Z',
    lastSeen: '2026-02-28T00:00:00Z',
    lastSyncId: 's',
  };
}

const base = {
  dryRun: true,
  selection: { by: 'filter' as const, filter: { kinds: ['aws_ec2_volume', 'aws_ec2_instance', 'aws_s3_bucket'] } },
};
const untagged: ActionPolicy = {
  ...base,
  name: 'old',
  type: 'cleanup_untagged',
  olderThanDays: 30,
  ignoreTags: ['Name'],
};
const expired: ActionPolicy = { ...base, name: 'exp', type: 'cleanup_expired', tag: 'expires-on' };
const owners: ActionPolicy = {
  ...base,
  name: 'tags',
  type: 'require_tags',
  required: [{ key: 'owner', default: 'unassigned' }, { key: 'cost-center' }],
};

describe('decide', () => {
  it('chooses untagged resources older than the limit, ignoring the tags named as not counting', () => {
    expect(decide(untagged, resource('aws_ec2_volume', { Name: 'scratch' }), now)).toMatchObject({
      action: 'delete_volume',
      collectorAction: 'DELETE_VOLUMES',
      reason: 'untagged for 59 days (limit 30)',
    });
    expect(decide(untagged, resource('aws_ec2_volume', {}, '2026-02-15T00:00:00Z'), now)).toBeUndefined();
    expect(decide(untagged, resource('aws_ec2_volume', { team: 'red' }), now)).toBeUndefined();
  });

  it('uses first-seen when AWS gives no creation time', () => {
    const noCreation = { ...resource('aws_ec2_instance', {}), createdAt: undefined };
    expect(decide(untagged, noCreation, now)).toBeUndefined();
    expect(decide({ ...untagged, olderThanDays: 20 }, noCreation, now)?.reason).toBe('untagged for 28 days (limit 20)');
  });

  it('chooses resources whose expiry date has passed and leaves unparsable or future ones', () => {
    expect(decide(expired, resource('aws_ec2_instance', { 'expires-on': '2026-02-28' }), now)).toMatchObject({
      action: 'terminate_instance',
      reason: 'expires-on 2026-02-28 has passed',
    });
    expect(decide(expired, resource('aws_ec2_instance', { 'expires-on': '2026-03-02' }), now)).toBeUndefined();
    expect(decide(expired, resource('aws_ec2_instance', { 'expires-on': 'soon' }), now)).toBeUndefined();
  });

  it('reports a resource due for cleanup whose kind has no cleanup action (a query may select any kind)', () => {
    expect(decide(expired, resource('aws_s3_bucket', { 'expires-on': '2020-01-01' }), now)).toMatchObject({
      action: 'report',
      reason: 'expires-on 2020-01-01 has passed; aws_s3_bucket has no cleanup action',
    });
    expect(decide(expired, resource('aws_s3_bucket', { 'expires-on': '2099-01-01' }), now)).toBeUndefined();
    expect(decide(expired, resource('aws_s3_bucket', { 'expires-on': '2020-01-01' }), now)).not.toHaveProperty(
      'collectorAction',
    );
  });

  it('creates the missing tags that have a default and reports the kinds EC2 cannot tag', () => {
    expect(decide(owners, resource('aws_ec2_volume', {}), now)).toMatchObject({
      action: 'create_tags',
      collectorAction: 'CREATE_TAGS',
      tags: { owner: 'unassigned' },
      reason: 'missing tags owner, cost-center',
    });
    expect(decide(owners, resource('aws_ec2_volume', { owner: 'me' }), now)).toMatchObject({
      action: 'report',
      reason: 'missing tags cost-center',
    });
    expect(decide(owners, resource('aws_s3_bucket', {}), now)?.action).toBe('report');
    expect(decide(owners, resource('aws_ec2_volume', { owner: 'me', 'cost-center': '42' }), now)).toBeUndefined();
  });
});
