import type { PropertyCondition, PropertyOperator, ResourceFilter } from '@cloud-inventory/graph-store';
import { ConfigReader } from '../../config/config-reader.js';
import { ConfigError } from '../../errors.js';

const operators: readonly PropertyOperator[] = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'exists', 'contains'];

/** A ListResources filter from configuration: kinds, accounts, regions, services, tags and properties. */
export function parseFilter(raw: unknown, path: string): ResourceFilter {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(path, 'must be an object');
  const record = raw as Record<string, unknown>;
  const reader = new ConfigReader(record, path);
  reader.rejectUnknownKeys(['kinds', 'accounts', 'regions', 'services', 'tags', 'properties']);
  const filter: ResourceFilter = {};
  for (const field of ['kinds', 'accounts', 'regions', 'services'] as const) {
    const values = reader.stringList(field);
    if (values.length > 0) filter[field] = values;
  }
  const tags = reader.objectList('tags').map((tag) => {
    tag.rejectUnknownKeys(['key', 'value']);
    const value = tag.optionalString('value');
    return value === undefined ? { key: tag.string('key') } : { key: tag.string('key'), value };
  });
  if (tags.length > 0) filter.tags = tags;
  const properties = listOf(record['properties'], reader.key('properties')).map((item, index) =>
    parseCondition(item, `${reader.key('properties')}[${index}]`),
  );
  if (properties.length > 0) filter.properties = properties;
  return filter;
}

function parseCondition(raw: unknown, path: string): PropertyCondition {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(path, 'must be an object');
  const record = raw as Record<string, unknown>;
  const reader = new ConfigReader(record, path);
  reader.rejectUnknownKeys(['property', 'op', 'value']);
  const property = reader.string('property', undefined, {
    regex: /^[A-Za-z_][A-Za-z0-9_]*$/,
    description: 'a core field or a top-level data key',
  });
  const op = reader.oneOf('op', operators, 'eq');
  if (op === 'exists') return { property, op };
  const value = record['value'];
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new ConfigError(reader.key('value'), 'must be a string, number or boolean');
  }
  return { property, op, value };
}

function listOf(raw: unknown, path: string): unknown[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new ConfigError(path, 'must be a list');
  return raw;
}
