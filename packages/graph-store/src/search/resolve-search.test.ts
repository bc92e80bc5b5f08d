import { describe, expect, it } from '@jest/globals';
import { InvalidStoreArgumentError } from '../errors.js';
import { parseSearch } from './parse-search.js';
import { resolveSearch, type SearchContext } from './resolve-search.js';
import { SEARCH_LIMITS } from './search-limits.js';
import type { ResourceSearch } from './search-query.js';
import { validateResolvedSearch } from './validate-search.js';

const context: SearchContext = {
  now: new Date('2024-06-01T12:00:00.000Z'),
  families: new Map([
    ['instance', ['aws_ec2_instance', 'aws_rds_instance']],
    ['volume', ['aws_ec2_volume']],
    // a family and a kind of the same name: the family wins
    ['aws_ec2_volume', ['aws_ec2_volume', 'aws_ebs_snapshot']],
    ['nothing', []],
  ]),
};
const resolve = (text: string) => validateResolvedSearch(resolveSearch(parseSearch(text), context));
const created = (op: string, value: string) => ({
  type: 'compare',
  path: { root: 'field', name: 'created_at' },
  op,
  value: { type: 'time', value },
});
const firstSeen = (op: string, value: string) => ({
  type: 'compare',
  path: { root: 'field', name: 'first_seen' },
  op,
  value: { type: 'time', value },
});

describe('resolveSearch', () => {
  it('turns families into their kinds, a family winning over a kind of its name, without duplicates', () => {
    expect(resolve('is(instance, aws_s3_bucket, volume, aws_ec2_instance)').filter).toEqual({
      type: 'is',
      kinds: ['aws_ec2_instance', 'aws_rds_instance', 'aws_s3_bucket', 'aws_ec2_volume'],
    });
    expect(resolve('is(aws_ec2_volume)').filter).toEqual({ type: 'is', kinds: ['aws_ec2_volume', 'aws_ebs_snapshot'] });
    expect(resolve('is(nothing)').filter).toEqual({ type: 'not', term: { type: 'all' } });
  });

  it('resolves families in step filters, with conditions and change searches', () => {
    const query = resolve('all --> is(volume) and with(any, <-- is(instance))') as ResourceSearch;
    expect(query.steps?.[0]?.filter).toEqual({
      type: 'and',
      terms: [
        { type: 'is', kinds: ['aws_ec2_volume'] },
        {
          type: 'with',
          count: { op: 'gte', value: 1 },
          steps: [{ direction: 'in', filter: { type: 'is', kinds: ['aws_ec2_instance', 'aws_rds_instance'] } }],
        },
      ],
    });
    expect(resolve('changes where is(volume)').filter).toEqual({ type: 'is', kinds: ['aws_ec2_volume'] });
  });

  it('refuses families that expand beyond the list bound, naming the list', () => {
    const big: SearchContext = {
      ...context,
      families: new Map([
        ['all_kinds', Array.from({ length: SEARCH_LIMITS.listEntries + 1 }, (_, index) => `k${index}`)],
      ]),
    };
    expect(() => resolveSearch(parseSearch('not is(all_kinds)'), big)).toThrow(
      new InvalidStoreArgumentError('query.filter.term.kinds', 'names families of more than 1000 kinds'),
    );
  });

  it('makes relative times absolute at now and writes every time canonically', () => {
    expect(
      resolve(
        'created_at < now-90d and updated_at >= 2024-05-01 and last_seen > 2024-05-01T10:00:00+02:00 and name in [now]',
      ).filter,
    ).toEqual({
      type: 'and',
      terms: [
        created('lt', '2024-03-03T12:00:00.000Z'),
        {
          type: 'compare',
          path: { root: 'field', name: 'updated_at' },
          op: 'gte',
          value: { type: 'time', value: '2024-05-01T00:00:00.000Z' },
        },
        {
          type: 'compare',
          path: { root: 'field', name: 'last_seen' },
          op: 'gt',
          value: { type: 'time', value: '2024-05-01T08:00:00.000Z' },
        },
        { type: 'compare', path: { root: 'field', name: 'name' }, op: 'in', value: [{ type: 'string', value: 'now' }] },
      ],
    });
    expect(resolve('changes since -1d until now+1h')).toEqual({
      target: 'changes',
      filter: { type: 'all' },
      since: { type: 'time', value: '2024-05-31T12:00:00.000Z' },
      until: { type: 'time', value: '2024-06-01T13:00:00.000Z' },
    });
  });

  it.each([
    ['age > 90d', 'lt'],
    ['age >= 90d', 'lte'],
    ['age < 90d', 'gt'],
    ['age <= 90d', 'gte'],
  ])('turns %s into a comparison of created_at, else first_seen, with the instant (older is earlier)', (text, op) => {
    expect(resolve(text).filter).toEqual({
      type: 'or',
      terms: [
        created(op, '2024-03-03T12:00:00.000Z'),
        {
          type: 'and',
          terms: [
            { type: 'compare', path: { root: 'field', name: 'created_at' }, op: 'missing' },
            firstSeen(op, '2024-03-03T12:00:00.000Z'),
          ],
        },
      ],
    });
  });

  it('leaves its input unchanged', () => {
    const query = parseSearch('is(instance) and age > 1d --> created_at < now');
    const copy = structuredClone(query);
    resolveSearch(query, context);
    expect(query).toEqual(copy);
  });

  it('refuses a now that is no date', () => {
    expect(() => resolveSearch(parseSearch('all'), { ...context, now: new Date('x') })).toThrow(
      InvalidStoreArgumentError,
    );
  });
});
