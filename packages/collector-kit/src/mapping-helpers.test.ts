import { describe, it, expect } from '@jest/globals';
import { MappingError } from './errors.js';
import {
  arnFor,
  awsTags,
  isIdentifyingUid,
  keepingArns,
  optional,
  rawExcept,
  required,
  requiredField,
  tagMap,
  tagOr,
} from './mapping-helpers.js';
import { ResourceManager } from './resource-manager.js';
import { awsMapping } from './aws-mapping.js';

const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };

describe('mapping helpers', () => {
  it('fails loudly on a missing required field and leaves a missing optional one absent', () => {
    expect(() => required('VolumeId')({})).toThrow(MappingError);
    expect(() => required('VolumeId')({ VolumeId: '' })).toThrow('VolumeId');
    expect(optional('CreateTime')({})).toBeUndefined();
    expect(optional('CreateTime')({ CreateTime: new Date('2024-01-02T03:04:05Z') })).toBe('2024-01-02T03:04:05.000Z');
  });

  it('takes the Name tag, else the id, and flattens AWS tag lists', () => {
    const tagged = {
      VolumeId: 'vol-1',
      Tags: [
        { Key: 'Name', Value: 'db' },
        { Key: 'env', Value: 'prod' },
      ],
    };
    expect(tagOr('Name', 'VolumeId')(tagged)).toBe('db');
    const untagged = { VolumeId: 'vol-2', Tags: [] };
    expect(tagOr('Name', 'VolumeId')(untagged)).toBe('vol-2');
    expect(awsTags()(tagged)).toEqual({ Name: 'db', env: 'prod' });
    expect(awsTags()({})).toEqual({});
  });

  it('reads a tag map (Lambda, EKS), leaving out what is no text', () => {
    expect(tagMap('tags')({ tags: { team: 'web', cost: 3, owner: null, '': '' } })).toEqual({ team: 'web', '': '' });
    expect(tagMap('Tags')({ Tags: [{ Key: 'a', Value: 'b' }] })).toEqual({});
    expect(tagMap('Tags')({})).toEqual({});
  });

  it('reads tag lists with other member names (KMS) and tags given as an object (SQS, CloudWatch Logs)', () => {
    const kms = { names: { key: 'TagKey', value: 'TagValue' } } as const;
    const key: { KeyId: string; Tags: object[] } = {
      KeyId: 'k-1',
      Tags: [{ TagKey: 'Name', TagValue: 'payments' }, { TagKey: 'env' }],
    };
    expect(awsTags('Tags', kms.names)(key)).toEqual({ Name: 'payments', env: '' });
    expect(tagOr('Name', 'KeyId', 'Tags', kms.names)(key)).toBe('payments');
    const untagged: { KeyId: string; Tags: object[] } = { KeyId: 'k-2', Tags: [] };
    expect(tagOr('Name', 'KeyId', 'Tags', kms.names)(untagged)).toBe('k-2');
    expect(tagMap()({ Tags: { team: 'data', env: 'prod' } })).toEqual({ team: 'data', env: 'prod' });
    expect(tagMap()({ Tags: [{ Key: 'a', Value: 'b' }] })).toEqual({});
    expect(tagMap()({})).toEqual({});
  });

  it('keeps the raw item without the excluded keys', () => {
    expect(rawExcept<{ a: number; Tags: unknown[]; c?: string }>('Tags')({ a: 1, Tags: [], c: undefined })).toEqual({
      a: 1,
    });
  });

  it('keeps an ARN given whole and builds one from an id', () => {
    const uid = keepingArns(arnFor('kms', 'key/'));
    expect(uid('1234', scope)).toBe('arn:aws:kms:eu-west-1:123456789012:key/1234');
    expect(uid('arn:aws:kms:us-east-1:999999999999:key/5678', scope)).toBe(
      'arn:aws:kms:us-east-1:999999999999:key/5678',
    );
  });

  it('builds ARNs with or without account and region', () => {
    expect(arnFor('ec2', 'instance/')('i-1', scope)).toBe('arn:aws:ec2:eu-west-1:123456789012:instance/i-1');
    expect(arnFor('ec2', 'snapshot/', { account: false })('snap-1', scope)).toBe(
      'arn:aws:ec2:eu-west-1::snapshot/snap-1',
    );
    expect(arnFor('s3', '', { account: false, region: false })('bucket', scope)).toBe('arn:aws:s3:::bucket');
  });

  it('refuses an identifying field that is missing, empty or blank', () => {
    expect(requiredField({ TrailARN: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/t' }, 'TrailARN')).toBe(
      'arn:aws:cloudtrail:eu-west-1:123456789012:trail/t',
    );
    for (const item of [{}, { Name: '' }, { Name: '  ' }, { Name: null }]) {
      expect(() => requiredField(item, 'Name')).toThrow(new MappingError('Name'));
    }
  });

  it('tells a uid without its id part from one that names something', () => {
    expect(isIdentifyingUid('arn:aws:s3:::bucket')).toBe(true);
    expect(isIdentifyingUid('aws:account:123456789012')).toBe(true);
    for (const uid of ['', ' ', 'arn:aws:s3:::', 'arn:aws:ec2:eu-west-1:123456789012:instance/', undefined]) {
      expect(isIdentifyingUid(uid)).toBe(false);
    }
  });
});

interface LooseItem {
  Id?: string;
  Arn?: string;
}

class LooseManager extends ResourceManager<LooseItem> {
  readonly kind = 'test_loose';
  readonly serviceType = { group: 'Test', type: 'Loose' };
  // Builders that trust the item, as a new kind might: the kit must refuse what they make of an item without its id.
  readonly uid = { fromItem: (item: LooseItem) => item.Arn ?? arnFor('test', 'loose/')(item.Id ?? '', scope) };
  readonly mapping = { id: (item: LooseItem) => item.Id ?? '', name: () => 'loose', data: () => ({}) };
}

describe('ResourceManager.map', () => {
  const manager = new LooseManager();

  it('maps an item that identifies itself', () => {
    expect(manager.map({ Id: 'l-1' }, scope).uid).toBe('arn:aws:test:eu-west-1:123456789012:loose/l-1');
  });

  it('refuses, for every kind, an empty id or a uid without its id part', () => {
    expect(() => manager.map({}, scope)).toThrow(new MappingError('id'));
    expect(() => manager.map({ Id: 'l-1', Arn: '' }, scope)).toThrow(new MappingError('uid'));
    expect(() => manager.map({ Id: 'l-1', Arn: 'arn:aws:test:::' }, scope)).toThrow(new MappingError('uid'));
  });
});

describe('awsMapping', () => {
  it('reads the tags, and the Name tag, from the field given where an item keeps them elsewhere (TagSet)', () => {
    const mapping = awsMapping<{ EniId?: string; TagSet?: { Key: string; Value: string }[] }>({
      id: 'EniId',
      tags: 'TagSet',
    });
    const item = { EniId: 'eni-1', TagSet: [{ Key: 'Name', Value: 'spare' }] };
    expect(mapping.name(item, scope)).toBe('spare');
    expect(mapping.tags?.(item, scope)).toEqual({ Name: 'spare' });
    expect(mapping.data(item, scope)).toEqual({ EniId: 'eni-1' });
    expect(mapping.name({ EniId: 'eni-2' }, scope)).toBe('eni-2');
  });
});
