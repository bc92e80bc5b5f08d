import { describe, expect, it } from '@jest/globals';
import { formatSearch } from './format-search.js';
import { parseSearch } from './parse-search.js';
import { SearchSyntaxError } from './search-syntax-error.js';

const valid = [
  'is(aws_ec2_volume) and age > 90d with(empty, -[attached_to]-> is(aws_ec2_instance))',
  'is(aws_ec2_security_group) and data.IpPermissions[any].IpRanges[any].CidrIp = "0.0.0.0/0" | count by region',
  'tags["aws:cloudformation:stack-name"] exists and name in [a, "b", 3] <-[in_subnet 1:3]- not name ~ "^x+$" | sort name desc | limit 5',
  'changes where kind = aws_ec2_instance and change = deleted since -1d until now | count by kind',
  'all | sum of data.Size by region, tags.team | sort value desc | fields name',
];
const pieces = [
  ...'()[],|=<>!~-"\'\\ .:*?'.split(''),
  '-->',
  '<--',
  '<-->',
  '-[',
  '<-[',
  ']->',
  ']-',
  'and',
  'or',
  'not',
  'in',
  'is(',
  'with(',
  'all',
  'any',
  'empty',
  'count',
  'sum',
  'of',
  'by',
  'sort',
  'limit',
  'fields',
  'desc',
  'changes',
  'where',
  'since',
  'until',
  'name',
  'age',
  'tags.',
  'data.',
  'data',
  'tags',
  '90d',
  'now-1h',
  '2024-05-01',
  '1e999',
  '-0',
  '007',
  'x',
  '😀',
  '\u0000',
  '#',
];

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Parses, or throws SearchSyntaxError (nothing else); what parses formats back to the same query. */
function expectParsesOrSyntaxError(text: string): void {
  let query;
  try {
    query = parseSearch(text);
  } catch (error) {
    if (!(error instanceof SearchSyntaxError)) throw new Error(`${JSON.stringify(text)} threw ${String(error)}`);
    if (error.column < 1 || error.column > text.length + 1)
      throw new Error(`${JSON.stringify(text)}: ${error.message}`);
    return;
  }
  expect(parseSearch(formatSearch(query))).toEqual(query);
}

describe('parseSearch on hostile text', () => {
  it('answers every prefix of valid queries with a query or a SearchSyntaxError', () => {
    for (const text of valid)
      for (let end = 0; end <= text.length; end++) expectParsesOrSyntaxError(text.slice(0, end));
  });

  it('answers valid queries with one character deleted, doubled or replaced', () => {
    const random = seededRandom(7);
    for (const text of valid) {
      for (let at = 0; at < text.length; at += 2) {
        expectParsesOrSyntaxError(text.slice(0, at) + text.slice(at + 1));
        expectParsesOrSyntaxError(text.slice(0, at) + text[at] + text.slice(at));
        expectParsesOrSyntaxError(
          text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at + 1),
        );
      }
    }
  });

  it('answers random sequences of tokens and characters', () => {
    const random = seededRandom(42);
    for (let round = 0; round < 3000; round++) {
      const parts = Array.from(
        { length: 1 + Math.floor(random() * 12) },
        () => pieces[Math.floor(random() * pieces.length)],
      );
      expectParsesOrSyntaxError(parts.join(random() < 0.5 ? ' ' : ''));
    }
  });

  it('answers random characters', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 2000; round++) {
      const length = Math.floor(random() * 30);
      expectParsesOrSyntaxError(Array.from({ length }, () => String.fromCharCode(Math.floor(random() * 128))).join(''));
    }
  });
});
