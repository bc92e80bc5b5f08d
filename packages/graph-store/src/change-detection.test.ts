import { describe, expect, it } from '@jest/globals';
import {
  canonicalJson,
  changedFields,
  contentHash,
  resourceContent,
  stableData,
  volatileHash,
} from './change-detection.js';
import type { ResourceRecord } from './graph-store.js';

const base: ResourceRecord = {
  uid: 'u',
  id: 'i',
  kind: 'aws_ec2_volume',
  name: 'n',
  tags: { B: '2', A: '1' },
  cloud: 'aws',
  account: 'a',
  region: 'r',
  serviceGroup: 'EC2',
  data: { z: [1, { y: 2, x: null }], a: 'text', u: undefined },
};

describe('canonical JSON', () => {
  it('sorts keys at every level, drops undefined members and parses back to the same value', () => {
    const text = canonicalJson(base.data);
    expect(text).toBe('{"a":"text","z":[1,{"x":null,"y":2}]}');
    expect(JSON.parse(text)).toEqual(base.data);
  });

  it('writes what JSON.stringify writes for odd values', () => {
    const odd = { n: Number.NaN, i: Infinity, list: [undefined, () => 1], s: 'q"\\\n\u0000' };
    expect(JSON.parse(canonicalJson(odd))).toEqual(JSON.parse(JSON.stringify(odd)));
  });
});

describe('content hash', () => {
  it('ignores key order and volatile fields, and changes with any content field', () => {
    const hash = contentHash(base);
    expect(contentHash({ ...base, tags: { A: '1', B: '2' }, updatedAt: 'later', uid: 'other' })).toBe(hash);
    for (const change of [
      { name: 'm' },
      { type: 't' },
      { createdAt: 'c' },
      { tags: { A: '1' } },
      { data: { a: 'text' } },
    ]) {
      expect(contentHash({ ...base, ...change })).not.toBe(hash);
    }
    expect(resourceContent(base).tagsJson).toBe('{"A":"1","B":"2"}');
  });

  it('names each changed field once, sorted', () => {
    expect(
      changedFields(base, { ...base, name: 'm', tags: { A: '9', C: '3' }, data: { ...base.data, a: 'other' } }),
    ).toEqual(['data.a', 'name', 'tags.A', 'tags.B', 'tags.C']);
  });
});

describe('declared volatile fields', () => {
  const trail = (status: Record<string, unknown>, extra: Record<string, unknown> = {}): ResourceRecord => ({
    ...base,
    data: { Name: 't', Status: { IsLogging: true, ...status }, ...extra },
    volatileFields: ['Status.LatestDeliveryTime', 'Checked'],
  });

  it('leave the hash and the changed fields alone, and move the volatile hash', () => {
    const before = trail({ LatestDeliveryTime: 1 }, { Checked: 'a' });
    const after = trail({ LatestDeliveryTime: 2 }, { Checked: 'b' });
    expect(contentHash(after)).toBe(contentHash(before));
    expect(changedFields(before, after)).toEqual([]);
    expect(volatileHash(after)).not.toBe(volatileHash(before));
    expect(volatileHash(base)).toBe('');
  });

  it('still see a change of the object that holds them', () => {
    const before = trail({ LatestDeliveryTime: 1 });
    const after = trail({ LatestDeliveryTime: 2, IsLogging: false });
    expect(contentHash(after)).not.toBe(contentHash(before));
    expect(changedFields(before, after)).toEqual(['data.Status']);
  });

  it('are taken out of a copy, leaving the data as it was, and may be absent', () => {
    const data = { Status: { IsLogging: true, LatestDeliveryTime: 1 }, List: [{ a: 1 }] };
    expect(stableData(data, ['Status.LatestDeliveryTime', 'Missing.Deeper', 'List.a'])).toEqual({
      Status: { IsLogging: true },
      List: [{ a: 1 }],
    });
    expect(data.Status.LatestDeliveryTime).toBe(1);
  });
});
