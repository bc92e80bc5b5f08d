import { describe, expect, it } from '@jest/globals';
import type { KeyPairInfo } from '@aws-sdk/client-ec2';
import { MappingError, iamActionOf } from '@cloud-inventory/collector-kit';
import { KeyPairsConnector } from './key-pairs.connector.js';
import { KeyPairsManager } from './key-pairs.manager.js';

// An item as the SDK parses DescribeKeyPairs (its `KeyPairInfo` shape); the conformance suite collects real ones.
const keyPair: KeyPairInfo = {
  KeyPairId: 'key-0a1b2c3d4e5f67890',
  KeyName: 'deploy',
  KeyFingerprint: '1f:51:ae:28:bf:89:e9:d8:1f:25:5d:37:2d:7d:b8:ca:9f:f5:f1:6f',
  KeyType: 'ed25519',
  CreateTime: new Date('2026-03-04T05:06:07.000Z'),
  Tags: [
    { Key: 'Name', Value: 'deploy key' },
    { Key: 'team', Value: 'platform' },
  ],
};
const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };

describe('EC2 key pairs', () => {
  const manager = new KeyPairsManager();

  it('map to a resource named by KeyName, with its id, creation time, tags and the rest as data', () => {
    const resource = manager.map(keyPair, scope);
    expect(resource).toEqual({
      uid: 'arn:aws:ec2:eu-west-1:123456789012:key-pair/key-0a1b2c3d4e5f67890',
      id: 'key-0a1b2c3d4e5f67890',
      kind: 'aws_ec2_key_pair',
      name: 'deploy',
      created_at: '2026-03-04T05:06:07.000Z',
      tags: { Name: 'deploy key', team: 'platform' },
      cloud: 'aws',
      account: '123456789012',
      region: 'eu-west-1',
      service_group: 'EC2',
      type: 'KeyPair',
      data_json: JSON.stringify({
        KeyPairId: keyPair.KeyPairId,
        KeyName: 'deploy',
        KeyFingerprint: keyPair.KeyFingerprint,
        KeyType: 'ed25519',
        CreateTime: keyPair.CreateTime,
      }),
      relationships: [],
    });
  });

  it("carry the account's partition in their ARN", () => {
    const resource = manager.map(keyPair, { partition: 'aws-cn', account: '123456789012', region: 'cn-north-1' });
    expect(resource.uid).toBe('arn:aws-cn:ec2:cn-north-1:123456789012:key-pair/key-0a1b2c3d4e5f67890');
  });

  it('fail the scope for a key pair without its id or name, and leave a missing creation time absent', () => {
    expect(() => manager.map({ ...keyPair, KeyPairId: undefined }, scope)).toThrow(new MappingError('KeyPairId'));
    expect(() => manager.map({ ...keyPair, KeyName: '' }, scope)).toThrow(new MappingError('KeyName'));
    expect(manager.map({ ...keyPair, CreateTime: undefined }, scope).created_at).toBeUndefined();
  });

  it('are listed by ec2:DescribeKeyPairs, with the instances ec2:DescribeInstances shows launched with them', () => {
    const connector = new KeyPairsConnector(undefined as never);
    expect(connector.calls.map(iamActionOf)).toEqual(['ec2:DescribeKeyPairs', 'ec2:DescribeInstances']);
  });
});
