import { InvalidArgumentError } from './errors.js';
import { excerpt } from './input-excerpt.js';

/**
 * The bounds of one request message, by field path: message fields joined with `.`, `[]` for the entries of a repeated
 * field, `{key}` and `{value}` for the keys and values of a map (`uid`, `tags[].key`, `automation.filter.kinds[]`,
 * `tags{value}`).
 */
export interface RequestLimits {
  /** The longest string, in characters, at each path. */
  readonly strings: Readonly<Record<string, number>>;
  /** The most entries of each repeated or map field. */
  readonly lists: Readonly<Record<string, number>>;
}

/** The limits of every method of one service, by method name. */
export type ServiceRequestLimits = Readonly<Record<string, RequestLimits>>;

/** One message's limits from the limits of its parts (a filter, options, a secret, below their prefixes). */
export function mergeRequestLimits(...parts: RequestLimits[]): RequestLimits {
  return {
    strings: Object.assign({}, ...parts.map((part) => part.strings)) as Record<string, number>,
    lists: Object.assign({}, ...parts.map((part) => part.lists)) as Record<string, number>,
  };
}

interface Located {
  field: string;
  value: unknown;
}

/**
 * Rejects a request with a string or list over its bound as INVALID_ARGUMENT naming the field, before anything else
 * reads it. Lists come first, so an oversized list is refused before its entries are looked at.
 */
export function assertWithinLimits(request: unknown, limits: RequestLimits): void {
  for (const [path, max] of Object.entries(limits.lists)) {
    for (const { field, value } of locate(request, path)) {
      const size = Array.isArray(value) ? value.length : isRecord(value) ? Object.keys(value).length : 0;
      if (size > max) throw new InvalidArgumentError(field, `must have at most ${max} entries (got ${size})`);
    }
  }
  for (const [path, max] of Object.entries(limits.strings)) {
    for (const { field, value } of locate(request, path)) {
      if (typeof value === 'string' && isLonger(value, max)) {
        throw new InvalidArgumentError(field, `must be at most ${max} characters (got ${value.length})`);
      }
    }
  }
}

/** Characters are code points (AWS counts tag lengths in Unicode characters), so only long strings are counted. */
function isLonger(value: string, max: number): boolean {
  if (value.length <= max) return false;
  if (value.length > max * 2) return true;
  let count = 0;
  for (const _ of value) if (++count > max) return true;
  return false;
}

/** Every value at `path` inside `root`, each with the field name an error gives it (`tags[2].key`, `tags["Name"]`). */
function locate(root: unknown, path: string): Located[] {
  let found: Located[] = [{ field: '', value: root }];
  for (const step of path.match(/[^.[{]+|\[\]|\{key\}|\{value\}/g) ?? []) {
    const next: Located[] = [];
    for (const { field, value } of found) {
      if (step === '[]') {
        if (Array.isArray(value))
          value.forEach((item, index) => next.push({ field: `${field}[${index}]`, value: item }));
      } else if (step === '{key}') {
        // A key cannot name itself in an error without quoting what was too long: the map field is named instead.
        if (isRecord(value)) for (const key of Object.keys(value)) next.push({ field, value: key });
      } else if (step === '{value}') {
        if (isRecord(value)) {
          for (const [key, item] of Object.entries(value))
            next.push({ field: `${field}[${excerpt(key)}]`, value: item });
        }
      } else if (isRecord(value) && !Array.isArray(value)) {
        next.push({ field: field === '' ? step : `${field}.${step}`, value: value[step] });
      }
    }
    found = next;
  }
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
