import {
  FILTER_LIMITS,
  type PropertyCondition,
  type PropertyOperator,
  type ResourceFilter,
} from '@cloud-inventory/graph-store';
import { maxLength } from '../../api/request-limits.js';
import { ConfigReader } from '../../config/config-reader.js';
import { ConfigError } from '../../errors.js';

const operators: readonly PropertyOperator[] = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'exists', 'contains'];

/** A ListResources filter from configuration: kinds, accounts, regions, serviceGroups, tags and properties. */
export function parseFilter(raw: unknown, path: string): ResourceFilter {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(path, 'must be an object');
  const record = raw as Record<string, unknown>;
  const reader = new ConfigReader(record, path);
  reader.rejectUnknownKeys(['kinds', 'accounts', 'regions', 'serviceGroups', 'tags', 'properties']);
  const filter: ResourceFilter = {};
  for (const field of ['kinds', 'accounts', 'regions', 'serviceGroups'] as const) {
    const values = atMost(reader.stringList(field), FILTER_LIMITS.listEntries, reader.key(field));
    values.forEach((value, index) =>
      bounded(value, maxLength[listEntryLength[field]], `${reader.key(field)}[${index}]`),
    );
    if (values.length > 0) filter[field] = values;
  }
  const tagReaders = atMost(reader.objectList('tags'), FILTER_LIMITS.tagConditions, reader.key('tags'));
  const tags = tagReaders.map((tag) => {
    tag.rejectUnknownKeys(['key', 'value']);
    const key = bounded(tag.string('key'), maxLength.tagKey, tag.key('key'));
    const value = tag.optionalString('value');
    return value === undefined ? { key } : { key, value: bounded(value, maxLength.tagValue, tag.key('value')) };
  });
  if (tags.length > 0) filter.tags = tags;
  const rawProperties = listOf(record['properties'], reader.key('properties'));
  const properties = atMost(rawProperties, FILTER_LIMITS.propertyConditions, reader.key('properties')).map(
    (item, index) => parseCondition(item, `${reader.key('properties')}[${index}]`),
  );
  if (properties.length > 0) filter.properties = properties;
  return filter;
}

const listEntryLength = {
  kinds: 'kind',
  accounts: 'account',
  regions: 'region',
  serviceGroups: 'serviceGroup',
} as const;

/** The same bounds as the API's (one table, api/request-limits.ts) and the stores' (FILTER_LIMITS). */
function atMost<T>(items: T[], max: number, path: string): T[] {
  if (items.length > max) throw new ConfigError(path, `must have at most ${max} entries (got ${items.length})`);
  return items;
}

function bounded(value: string, max: number, path: string): string {
  if ([...value].length > max) throw new ConfigError(path, `must be at most ${max} characters`);
  return value;
}

function parseCondition(raw: unknown, path: string): PropertyCondition {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(path, 'must be an object');
  const record = raw as Record<string, unknown>;
  const reader = new ConfigReader(record, path);
  reader.rejectUnknownKeys(['property', 'op', 'value']);
  const property = reader.string('property', undefined, {
    regex: /^[A-Za-z_][A-Za-z0-9_]{0,127}$/,
    description: 'a core field or a top-level data key (at most 128 characters)',
  });
  const op = reader.oneOf('op', operators, 'eq');
  if (op === 'exists') return { property, op };
  const value = record['value'];
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new ConfigError(reader.key('value'), 'must be a string, number or boolean');
  }
  if (typeof value === 'string') bounded(value, maxLength.propertyValue, reader.key('value'));
  return { property, op, value };
}

function listOf(raw: unknown, path: string): unknown[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new ConfigError(path, 'must be a list');
  return raw;
}
