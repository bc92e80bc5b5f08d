import { validateSearch, type Aggregation, type FieldPath, type SearchQuery } from '@cloud-inventory/graph-store';
import { ConfigReader } from '../../config/config-reader.js';
import { ConfigError } from '../../errors.js';
import { parseFilter } from './parse-filter.js';
import { asConfigError, readQuery } from './parse-query.js';
import type { CustomMetricDefinition, FilterMeasure, MetricValue, QueryMeasure } from './react-config.js';

const metricNamePattern = { regex: /^[a-zA-Z_:][a-zA-Z0-9_:]*$/, description: 'a Prometheus metric name' };
const groupFieldPattern = {
  regex: /^(kind|cloud|account|region|service_group|type|tag:.+|data\.[A-Za-z_]\w*)$/,
  description: 'kind, cloud, account, region, service_group, type, tag:<key> or data.<key>',
};

/**
 * A user-defined gauge. Its resources come from `filter` or `query` (not both). A query may end in an aggregation
 * (`| sum of data.Size by region, tags.team`), which then defines the gauge; beside a query without one, groupBy
 * and value mean what they mean beside a filter, and become its aggregation. A query that aggregates and a groupBy
 * or value beside it conflict: the error names the key given beside it.
 */
export function parseMetric(record: Record<string, unknown>, path: string): CustomMetricDefinition {
  const metric = new ConfigReader(record, path);
  metric.rejectUnknownKeys(['name', 'help', 'filter', 'query', 'groupBy', 'value']);
  const name = metric.string('name', undefined, metricNamePattern);
  if (name.startsWith('cloud_') || name.startsWith('inventory_')) {
    throw new ConfigError(metric.key('name'), 'the prefixes cloud_ and inventory_ are reserved for built-in metrics');
  }
  const help = metric.string('help', `User-defined metric ${name}`);
  if (!metric.has('query')) {
    const measure: FilterMeasure = {
      by: 'filter',
      filter: parseFilter(record['filter'], metric.key('filter')),
      groupBy: metric.stringList('groupBy', groupFieldPattern),
      value: metricValue(metric),
    };
    return { name, help, measure };
  }
  if (metric.has('filter')) throw new ConfigError(metric.key('query'), 'give either filter or query, not both');
  return { name, help, measure: queryMeasure(metric) };
}

function queryMeasure(metric: ConfigReader): QueryMeasure {
  const key = metric.key('query');
  const text = metric.string('query');
  const query = readQuery(text, key);
  if (query.aggregate !== undefined) {
    for (const key of ['groupBy', 'value']) {
      if (metric.has(key)) {
        throw new ConfigError(
          metric.key(key),
          `the query's aggregation defines the metric: give ${key} only beside a filter or a query without one`,
        );
      }
    }
    return { by: 'query', query: { key, text, query: { ...query, aggregate: query.aggregate } } };
  }
  const groupBy = metric.stringList('groupBy', groupFieldPattern).map(groupPath);
  const value = metricValue(metric);
  const aggregate: Aggregation =
    value.op === 'count' ? { op: 'count', groupBy } : { op: value.op, path: dataPath(value.property), groupBy };
  const aggregated: SearchQuery & { aggregate: Aggregation } = { ...query, aggregate };
  asConfigError(key, () => validateSearch(aggregated, 'query'));
  return { by: 'query', query: { key, text, query: aggregated } };
}

function metricValue(metric: ConfigReader): MetricValue {
  const value = metric.object('value');
  value.rejectUnknownKeys(['op', 'property']);
  const op = value.oneOf('op', ['count', 'sum', 'min', 'max'], 'count');
  return op === 'count'
    ? { op }
    : { op, property: value.string('property', undefined, { regex: /^[A-Za-z_]\w*$/, description: 'a data key' }) };
}

/** A filter metric's group field as a search path: tag:team is tags.team, data.Size data.Size. */
function groupPath(field: string): FieldPath {
  if (field.startsWith('tag:')) return { root: 'tag', key: field.slice(4) };
  if (field.startsWith('data.')) return dataPath(field.slice(5));
  return { root: 'field', name: field as Extract<FieldPath, { root: 'field' }>['name'] };
}

function dataPath(key: string): FieldPath {
  return { root: 'data', segments: [{ key }] };
}
