import { describe, expect, it } from '@jest/globals';
import { compareCodePoints, compareSortValues, groupText } from './value-order.js';

describe('value order', () => {
  it('orders text by code point, not by UTF-16 unit', () => {
    expect(compareCodePoints('\uff5e', '😀')).toBeLessThan(0);
    expect('\uff5e' < '😀').toBe(false);
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
    expect(compareCodePoints('B', 'a')).toBeLessThan(0);
    expect(compareCodePoints('😀', '😁')).toBeLessThan(0);
    expect(compareCodePoints('x', 'x')).toBe(0);
  });

  it('sorts numbers before text before other values, missing last in both directions', () => {
    const values: unknown[] = [true, 'b', undefined, 10, 'a', null, 2, { a: 1 }, '10', false];
    const ascending = [...values].sort((a, b) => compareSortValues(a, b));
    expect(ascending.slice(0, 8)).toEqual([2, 10, '10', 'a', 'b', false, true, { a: 1 }]);
    expect(ascending.slice(8).every((value) => value === undefined || value === null)).toBe(true);
    const descending = [...values].sort((a, b) => compareSortValues(a, b, true));
    expect(descending.slice(0, 8)).toEqual([{ a: 1 }, true, false, 'b', 'a', '10', 10, 2]);
    expect(descending.slice(8).every((value) => value === undefined || value === null)).toBe(true);
    expect(compareSortValues([1], { a: 1 })).toBe(0);
  });

  it('writes group values as text, null when missing, JSON for objects and arrays', () => {
    expect(groupText('x')).toBe('x');
    expect(groupText(10)).toBe('10');
    expect(groupText(0.5)).toBe('0.5');
    expect(groupText(false)).toBe('false');
    expect(groupText(null)).toBeNull();
    expect(groupText(undefined)).toBeNull();
    expect(groupText([1, 'a'])).toBe('[1,"a"]');
    expect(groupText({ a: 1 })).toBe('{"a":1}');
  });
});
