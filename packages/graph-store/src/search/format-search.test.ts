import { describe, expect, it } from '@jest/globals';
import { formatSearch } from './format-search.js';
import { parseSearch } from './parse-search.js';
import type { FieldPath, Literal, PathSegment, Predicate, SearchQuery, TraversalStep } from './search-query.js';
import { COMPARISON_OPERATORS } from './validate-comparison.js';
import { validateSearch } from './validate-search.js';

const examples = [
  'all',
  'is(aws_ec2_volume) and age > 90d with(empty, -[attached_to]-> is(aws_ec2_instance))',
  'is(aws_ec2_security_group) and data.IpPermissions[any].IpRanges[any].CidrIp = "0.0.0.0/0" and data.IpPermissions[any].FromPort <= 22',
  'is(load_balancer) and with(empty, -[targets]->)',
  'is(instance) | count by account, type',
  'is(aws_ec2_subnet) and id = "subnet-1" <-[0:5]- all',
  'is(a) or is(b) and not is(c)',
  '(is(a) or is(b)) and (name = x or (name = y or name = z))',
  '((is(a) and is(b)) and is(c)) or not (is(d) or is(e))',
  'name in [a, 1, -0, true, "x y", 1e+21, 5e-324] and name not in ["\\u0000\\n\\"\'"]',
  'tags["aws:cloudformation:stack-name"] exists and tags.owner missing and data["weird key"][0][all].x[none] ~ "^a|b$"',
  'created_at < now-90d and updated_at >= 2024-05-01T10:00:00.5+02:00 and last_seen > now+1w2d3h4m5s and first_seen <= now',
  'name like "web-*" and name contains "prod" and name < m and name >= 10',
  'not with(count >= 2, --> <-- <-->) and with(count != 3, <-[a, b 2]-> is(x) or is(y) -[1:4]-> with(any, -[0]-> all))',
  'is(a) --> is(b) <-[in_subnet]- name = x or name = y | sort created_at desc, name | limit 10 | fields name, data.A[0]',
  'all | sum of data.Size by region, tags.team | sort value desc, region | limit 3',
  'all | avg of data.Size',
  'changes',
  'changes where kind = aws_ec2_instance and change = deleted since -1d until now | count by kind',
  'changes since 2024-05-01 | sort at desc | limit 5',
  'changes where is(instance) or name ~ "a+" | max of at by kind',
];

describe('formatSearch', () => {
  it.each(examples)('writes %j so that it parses back to the same query', (text) => {
    const query = parseSearch(text);
    expect(parseSearch(formatSearch(query))).toEqual(query);
  });

  it('writes the canonical text', () => {
    expect(formatSearch(parseSearch('is(x)   and age>90d  with(empty,-[attached_to]->is(y))|count by kind'))).toBe(
      'is(x) and age > 90d and with(empty, -[attached_to]-> is(y)) | count by kind',
    );
    expect(formatSearch(parseSearch('all <-[t 1:1]- -[2:3]-> <-[0:0]->'))).toBe('all <-[t 1]- -[2:3]-> <-[0]->');
    expect(formatSearch(parseSearch("changes where name = 'x' since now-86400s"))).toBe(
      'changes where name = "x" since now-1d',
    );
  });

  it('writes random queries of the whole model so that they parse back to the same query', () => {
    const random = seededRandom(15);
    for (let round = 0; round < 400; round++) {
      const query = validateSearch(randomQuery(random));
      const text = formatSearch(query);
      expect([text, parseSearch(text)]).toEqual([text, query]);
    }
  });
});

type Random = () => number;

function seededRandom(seed: number): Random {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const times = <T>(random: Random, min: number, max: number, make: () => T): T[] =>
  Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, make);

function randomText(random: Random): string {
  return times(random, 0, 6, () =>
    pick(random, ['a', 'Z', ' ', '"', "'", '\\', '\n', 'é', '😀', '\u0001', ']', 'and']),
  ).join('');
}

function randomPath(random: Random, quantifiers: boolean): FieldPath {
  const choice = random();
  if (choice < 0.3)
    return { root: 'field', name: pick(random, ['name', 'region', 'created_at', 'kind', 'service_group']) };
  if (choice < 0.5) return { root: 'tag', key: pick(random, ['team', 'aws:stack', 'a b', '0', 'x.y']) };
  const segments = times(random, 1, 4, (): PathSegment => {
    const kind = random();
    if (kind < 0.5) return { key: pick(random, ['State', 'Name', 'weird key', '0', 'any', '_x1']) };
    if (kind < 0.7 || !quantifiers) return { index: Math.floor(random() * 20) };
    return { quantifier: pick(random, ['any', 'all', 'none'] as const) };
  });
  return { root: 'data', segments };
}

function randomEquality(random: Random): Literal {
  const choice = random();
  if (choice < 0.5) return { type: 'string', value: randomText(random) };
  if (choice < 0.8) return { type: 'number', value: pick(random, [0, -0, 1, -2.5, 1e21, 5e-324, 123456789.125]) };
  return { type: 'boolean', value: random() < 0.5 };
}

function randomOrder(random: Random): Literal {
  const choice = random();
  if (choice < 0.3)
    return {
      type: 'time',
      value: pick(random, ['2024-05-01', '2024-05-01T10:00:00Z', '1999-12-31T23:59:59.999-05:30']),
    };
  if (choice < 0.6) return { type: 'relative_time', offsetSeconds: Math.floor((random() - 0.6) * 1e8) };
  const literal = randomEquality(random);
  return literal.type === 'boolean' ? { type: 'number', value: 7 } : literal;
}

function randomPredicate(random: Random, depth: number): Predicate {
  const choice = depth > 3 ? random() * 0.5 : random();
  if (choice < 0.1) return { type: 'all' };
  if (choice < 0.2)
    return { type: 'is', kinds: times(random, 1, 3, () => pick(random, ['instance', 'aws_ec2_volume', 'X1'])) };
  if (choice < 0.5) {
    const op = pick(random, [...COMPARISON_OPERATORS, 'age'] as const);
    if (op === 'age')
      return {
        type: 'compare',
        path: { root: 'field', name: 'age' },
        op: 'gt',
        value: { type: 'duration', seconds: Math.floor(random() * 1e7) },
      };
    const path = randomPath(random, true);
    if (op === 'exists' || op === 'missing') return { type: 'compare', path, op };
    if (op === 'in' || op === 'not_in')
      return { type: 'compare', path, op, value: times(random, 1, 3, () => randomEquality(random)) };
    if (op === 'matches')
      return { type: 'compare', path, op, value: { type: 'string', value: pick(random, ['^a+$', 'x|y', '[a-z]\\d']) } };
    if (op === 'contains' || op === 'glob')
      return { type: 'compare', path, op, value: { type: 'string', value: randomText(random) } };
    return {
      type: 'compare',
      path,
      op,
      value: op === 'eq' || op === 'ne' ? randomEquality(random) : randomOrder(random),
    };
  }
  if (choice < 0.6) return { type: 'not', term: randomPredicate(random, depth + 1) };
  if (choice < 0.8)
    return {
      type: random() < 0.5 ? 'and' : 'or',
      terms: times(random, 2, 3, () => randomPredicate(random, depth + 1)),
    };
  return {
    type: 'with',
    count: { op: pick(random, ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const), value: Math.floor(random() * 4) },
    steps: times(random, 1, 2, () => randomStep(random, depth + 2)),
  };
}

function randomStep(random: Random, depth: number): TraversalStep {
  const step: TraversalStep = { direction: pick(random, ['out', 'in', 'both'] as const) };
  if (random() < 0.5) step.edgeTypes = times(random, 1, 2, () => pick(random, ['in_subnet', 'attached_to', 'T2']));
  if (random() < 0.4) {
    step.minDepth = Math.floor(random() * 3);
    step.maxDepth = step.minDepth + Math.floor(random() * 3);
  }
  if (random() < 0.6 && depth < 6) step.filter = randomPredicate(random, depth);
  return step;
}

function randomQuery(random: Random): SearchQuery {
  const query: SearchQuery = { target: 'resources', filter: randomPredicate(random, 0) };
  if (random() < 0.5) query.steps = times(random, 1, 2, () => randomStep(random, 2));
  if (random() < 0.3) {
    const groupBy = times(random, 0, 2, () => randomPath(random, false));
    query.aggregate =
      random() < 0.5 ? { op: 'count', groupBy } : { op: 'avg', path: randomPath(random, false), groupBy };
    if (random() < 0.5)
      query.sort = [{ value: true, descending: true }, ...groupBy.slice(0, 1).map((path) => ({ path }))];
  } else if (random() < 0.5) {
    query.sort = times(random, 1, 2, () =>
      random() < 0.5 ? { path: randomPath(random, false) } : { path: randomPath(random, false), descending: true },
    );
    query.fields = times(random, 1, 2, () => randomPath(random, false));
  }
  if (random() < 0.3) query.limit = 1 + Math.floor(random() * 1000);
  return query;
}
