/**
 * Orders of values the search shares between stores: text by code point, and the sort order of mixed values.
 */

/**
 * Text by Unicode code point, not by UTF-16 unit (JavaScript's `<`): the two differ only where a surrogate (an
 * astral character such as 😀) meets a unit from U+E000 to U+FFFF, which code point order puts first.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const left = a.charCodeAt(index);
    const right = b.charCodeAt(index);
    if (left !== right) return codePointRank(left) - codePointRank(right);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

/**
 * The sort order of values (SortKey): numbers (numerically) before text (by code point) before booleans (false
 * before true) before objects and arrays (equal among themselves: the uid decides); missing values (undefined or
 * null) come last in both directions, so `descending` only reverses the order of the present ones.
 */
export function compareSortValues(a: unknown, b: unknown, descending = false): number {
  const aMissing = a === undefined || a === null;
  const bMissing = b === undefined || b === null;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const order = compareRanked(a, b);
  return descending ? -order : order;
}

function compareRanked(a: unknown, b: unknown): number {
  const rankA = sortRank(a);
  const rankB = sortRank(b);
  if (rankA !== rankB) return rankA - rankB;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return 0;
}

function sortRank(value: unknown): number {
  if (typeof value === 'number') return 0;
  if (typeof value === 'string') return 1;
  if (typeof value === 'boolean') return 2;
  return 3;
}

/** A group's value in an aggregation row: text, null when missing, JSON text for an object or an array. */
export function groupText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
