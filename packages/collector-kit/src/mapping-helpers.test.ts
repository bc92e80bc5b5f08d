import { describe, it, expect } from '@jest/globals';
import { MappingError } from './errors.js';
import { arnFor, awsTags, optional, rawExcept, required, tagOr } from './mapping-helpers.js';

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

  it('keeps the raw item without the excluded keys', () => {
    expect(rawExcept<{ a: number; Tags: unknown[]; c?: string }>('Tags')({ a: 1, Tags: [], c: undefined })).toEqual({
      a: 1,
    });
  });

  it('builds ARNs with or without account and region', () => {
    expect(arnFor('ec2', 'instance/')('i-1', scope)).toBe('arn:aws:ec2:eu-west-1:123456789012:instance/i-1');
    expect(arnFor('ec2', 'snapshot/', { account: false })('snap-1', scope)).toBe(
      'arn:aws:ec2:eu-west-1::snapshot/snap-1',
    );
    expect(arnFor('s3', '', { account: false, region: false })('bucket', scope)).toBe('arn:aws:s3:::bucket');
  });
});
