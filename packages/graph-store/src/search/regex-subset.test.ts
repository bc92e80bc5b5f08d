import { describe, expect, it } from '@jest/globals';
import { InvalidStoreArgumentError } from '../errors.js';
import { javaFindPattern, validateRegex } from './regex-subset.js';
import { SEARCH_LIMITS } from './search-limits.js';

function refusal(pattern: string): string {
  try {
    validateRegex(pattern, 'query.filter.value.value');
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidStoreArgumentError);
    expect((error as InvalidStoreArgumentError).field).toBe('query.filter.value.value');
    return (error as InvalidStoreArgumentError).reason;
  }
  throw new Error(`accepted ${pattern}`);
}

const accepted = [
  '',
  'web',
  '^web-[0-9]+$',
  'a.b',
  '\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$\\\\\\/',
  '[a-zA-Z_][\\w-]*',
  '[^\\]\\-\\\\]',
  '[-a]',
  '[a-]',
  '\\d\\w\\s\\D\\W\\S',
  '[\\d\\s.]',
  '\\t\\n\\r\\f',
  '(?:ab|cd)+',
  '(a|b)*c',
  'a{2}b{1,}c{0,3}',
  'x|',
  '()',
  'ip-10-0-[0-9]{1,3}-[0-9]{1,3}',
  '0\\.0\\.0\\.0/0',
  'é+',
  '😀+',
  '[😀-😎]',
  '/ & # %',
];

describe('validateRegex', () => {
  it.each(accepted)('accepts %j, which JavaScript compiles with the flags su', (pattern) => {
    expect(() => validateRegex(pattern, 'f')).not.toThrow();
    expect(() => new RegExp(pattern, 'su')).not.toThrow();
  });

  it.each<[string, RegExp]>([
    ['(a)\\1', /escape "\\1"/],
    ['\\k<x>', /escape "\\k"/],
    ['a(?=b)', /lookaround/],
    ['a(?!b)', /lookaround/],
    ['(?<=a)b', /lookaround/],
    ['(?<name>a)', /named group/],
    ['(?i)abc', /flags/],
    ['\\bword\\b', /escape "\\b"/],
    ['\\u0041', /escape "\\u"/],
    ['\\x41', /escape "\\x"/],
    ['\\p{L}', /escape "\\p"/],
    ['\\-', /escape "\\-"/],
    ['\\v', /escape "\\v"/],
    ['a*?', /lazy or possessive/],
    ['a+?', /lazy or possessive/],
    ['a{1,2}?', /lazy or possessive/],
    ['a++', /lazy or possessive/],
    ['a**', /repeats a quantifier/],
    ['a{2}{3}', /repeats a quantifier/],
    ['(a+)+', /catastrophic/],
    ['(a*)*b', /catastrophic/],
    ['(x|a+)*', /catastrophic/],
    ['((ab)+c)*', /catastrophic/],
    ['(?:a{2})+', /catastrophic/],
    ['*a', /nothing to repeat/],
    ['a|+', /nothing to repeat/],
    ['^*', /cannot be repeated/],
    ['a{', /not a quantifier/],
    ['a{x}', /not a quantifier/],
    ['a{3,2}', /n < m/],
    ['a{1001}', /more than 1000/],
    ['a}', /escape "}"/],
    ['a]', /escape "]"/],
    ['(a', /unclosed "\("/],
    ['a)', /unmatched "\)"/],
    ['[a', /unclosed "\["/],
    ['[]', /empty class/],
    ['[^]', /empty class/],
    ['[[a]]', /escape "\["/],
    ['[a&&b]', /&&/],
    ['[a-c-e]', /escape "-"/],
    ['[z-a]', /out of order/],
    ['[a-\\d]', /class escape/],
    ['a\\', /lone "\\"/],
  ])('refuses %j', (pattern, reason) => {
    expect(refusal(pattern)).toMatch(reason);
  });

  it('says where in the pattern the problem is', () => {
    expect(refusal('abc(?=d)')).toBe(
      'uses lookaround, a named group or flags, which the subset excludes (at character 5 of the pattern)',
    );
  });

  it(`refuses patterns longer than ${SEARCH_LIMITS.patternLength} characters`, () => {
    expect(() => validateRegex('a'.repeat(SEARCH_LIMITS.patternLength), 'f')).not.toThrow();
    expect(refusal('a'.repeat(SEARCH_LIMITS.patternLength + 1))).toMatch(/at most 256 characters/);
  });
});

describe('javaFindPattern', () => {
  it('finds the pattern anywhere, with newlines matched by ".", "$" as the end of the text and \\s as in JavaScript', () => {
    expect(javaFindPattern('^web-[0-9]+$')).toBe('(?s).*?(?:^web-[0-9]+\\z).*');
    expect(javaFindPattern('a\\sb[\\s\\d]\\S')).toBe(
      '(?s).*?(?:a[\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]b' +
        '[\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF\\d]' +
        '[^\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]).*',
    );
    expect(javaFindPattern('(a|b)(?:c)')).toBe('(?s).*?(?:(?:a|b)(?:c)).*');
  });

  it('writes the JavaScript whitespace of \\s: the Java form matches what JavaScript matches', () => {
    const javaClass = javaFindPattern('\\s').slice('(?s).*?(?:'.length, -')'.length - 2);
    // the Java class is also valid JavaScript with the u flag: the same characters
    const java = new RegExp(`^${javaClass.replace('\\x0B', '\\v')}$`, 'u');
    const differing = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (java.test(char) !== /^\s$/u.test(char)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});
