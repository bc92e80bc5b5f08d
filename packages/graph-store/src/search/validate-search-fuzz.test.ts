import { describe, expect, it } from '@jest/globals';
import { InvalidStoreArgumentError } from '../errors.js';
import { parseSearch } from './parse-search.js';
import { validateResolvedSearch, validateSearch } from './validate-search.js';

const seeds = [
  'is(aws_ec2_volume) and age > 90d with(empty, -[attached_to]-> is(aws_ec2_instance))',
  'data.IpPermissions[any].IpRanges[0].CidrIp in ["0.0.0.0/0", 1] <-[in_subnet 1:3]- tags.a ~ "^x" | count by region | sort value desc',
  'all --> not name like "a*" | sort name desc | limit 5 | fields name, data.A',
  'changes where kind = x and at < 2024-05-01 since -1d until now | sum of at by kind',
];
const junk: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  'eq',
  'and',
  true,
  [],
  [null],
  {},
  { type: 'all' },
  { root: 'data' },
];

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Every object and array inside a value, with the key that holds each of their members. */
function slots(value: unknown, into: { holder: Record<string, unknown>; key: string }[] = []) {
  if (value === null || typeof value !== 'object') return into;
  for (const key of Object.keys(value)) {
    into.push({ holder: value as Record<string, unknown>, key });
    slots((value as Record<string, unknown>)[key], into);
  }
  return into;
}

describe('validateSearch on hostile structures', () => {
  it('accepts or refuses with InvalidStoreArgumentError every query with one member replaced by junk', () => {
    const random = seededRandom(11);
    let refused = 0;
    const parsed = seeds.map((text) => parseSearch(text));
    for (let round = 0; round < 600; round++) {
      const query: unknown = structuredClone(parsed[round % parsed.length]);
      const places = slots(query);
      for (let change = 0; change < 1 + Math.floor(random() * 3); change++) {
        const { holder, key } = places[Math.floor(random() * places.length)] as (typeof places)[number];
        holder[key] = junk[Math.floor(random() * junk.length)];
      }
      for (const validate of [validateSearch, validateResolvedSearch]) {
        try {
          validate(query);
        } catch (error) {
          if (!(error instanceof InvalidStoreArgumentError))
            throw new Error(`${JSON.stringify(query)}: ${String(error)}`);
          if (!error.field.startsWith('query')) throw new Error(`field ${error.field}`);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(600);
  });

  it('refuses a cycle without running forever', () => {
    const filter: { type: 'not'; term?: unknown } = { type: 'not' };
    filter.term = filter;
    expect(() => validateSearch({ target: 'resources', filter })).toThrow(InvalidStoreArgumentError);
  });
});
