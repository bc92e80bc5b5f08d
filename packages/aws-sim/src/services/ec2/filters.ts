import type { Filter } from '@aws-sdk/client-ec2';
import { AwsApiError } from '../../errors.js';
import type { SimTag } from '../../world/records.js';

/** For each supported filter name, the values of a record the filter compares against. */
export type FilterTable<T> = Record<string, (record: T) => readonly (string | number | boolean | undefined)[]>;

function valueMatcher(pattern: string): (value: string) => boolean {
  if (!/[*?]/.test(pattern)) return (value) => value === pattern;
  const regex = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  return (value) => regex.test(value);
}

function tagsOf(record: unknown): readonly SimTag[] {
  return (record as { Tags?: SimTag[] }).Tags ?? [];
}

/**
 * Builds one predicate from EC2 filters: values of one filter are OR-ed, filters are AND-ed, `*` and `?` are
 * wildcards, `tag:Key` and `tag-key` work on every kind. An unknown filter name is rejected as AWS does.
 */
export function buildFilterPredicate<T>(
  table: FilterTable<T>,
  filters: readonly Filter[] | undefined,
): ((record: T) => boolean) | undefined {
  if (!filters || filters.length === 0) return undefined;
  const tests = filters.map(({ Name: name = '', Values: values = [] }) => {
    const matchers = values.map(valueMatcher);
    const matchesAny = (candidates: readonly (string | number | boolean | undefined)[]) =>
      candidates.some((candidate) => candidate !== undefined && matchers.some((m) => m(String(candidate))));
    if (name.startsWith('tag:')) {
      const key = name.slice(4);
      return (record: T) =>
        matchesAny(
          tagsOf(record)
            .filter((t) => t.Key === key)
            .map((t) => t.Value),
        );
    }
    if (name === 'tag-key') return (record: T) => matchesAny(tagsOf(record).map((t) => t.Key));
    if (name === 'tag-value') return (record: T) => matchesAny(tagsOf(record).map((t) => t.Value));
    const valuesOf = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!valuesOf) throw new AwsApiError('InvalidParameterValue', `The filter '${name}' is invalid`, 400);
    return (record: T) => matchesAny(valuesOf(record));
  });
  return (record) => tests.every((test) => test(record));
}
