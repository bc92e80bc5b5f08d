import { formatFieldPath, type FieldPath } from '@cloud-inventory/graph-store';
import type { SearchRunner } from '../../search/search-runner.js';
import type { CustomMetricDefinition, FilterMeasure, QueryMeasure } from '../config/react-config.js';
import { searchRows } from '../queries/search-pages.js';
import { labelValue, type MetricDefinition, type MetricSample } from './metric-definition.js';

/** The Prometheus label of a group field: kind stays kind, tag:team becomes tag_team, data.VolumeType VolumeType. */
export function labelNameOf(groupField: string): string {
  const raw = groupField.startsWith('tag:')
    ? `tag_${groupField.slice(4)}`
    : groupField.startsWith('data.')
      ? groupField.slice(5)
      : groupField;
  return sanitized(raw);
}

/**
 * The Prometheus label of a query's group path, named as a filter's group field would be: region stays region,
 * tags.team becomes tag_team, data.State.Name State_Name (the keys and indexes of a data path joined by `_`).
 */
export function labelNameOfPath(path: FieldPath): string {
  if (path.root === 'field') return sanitized(path.name);
  if (path.root === 'tag') return sanitized(`tag_${path.key}`);
  return sanitized(
    path.segments
      .map((segment) => ('key' in segment ? segment.key : 'index' in segment ? segment.index : ''))
      .join('_'),
  );
}

/** A gauge defined in configuration: store.aggregate over the user's filter, or the rows of the user's search. */
export function customMetric(definition: CustomMetricDefinition, search: SearchRunner): MetricDefinition {
  const { measure } = definition;
  return measure.by === 'filter' ? filterMetric(definition, measure) : queryMetric(definition, measure, search);
}

function filterMetric(definition: CustomMetricDefinition, measure: FilterMeasure): MetricDefinition {
  const labelNames = distinct(measure.groupBy.map(labelNameOf));
  return {
    name: definition.name,
    help: definition.help,
    labelNames,
    compute: async (store) => {
      const rows = await store.aggregate({ filter: measure.filter, groupBy: measure.groupBy, value: measure.value });
      return rows.map((row) => ({
        labels: Object.fromEntries(
          measure.groupBy.map((field, index) => [labelNames[index] as string, labelValue(row.group[field])]),
        ),
        value: row.value,
      }));
    },
  };
}

/**
 * Each row of the aggregation is a sample, its groups the labels; a row whose value is null (a sum, min, max or avg
 * over no number) has no sample. Families and relative times (`age > 90d`) are resolved at each evaluation.
 */
function queryMetric(
  definition: CustomMetricDefinition,
  measure: QueryMeasure,
  search: SearchRunner,
): MetricDefinition {
  const groupBy = measure.query.query.aggregate.groupBy;
  const labelNames = distinct(groupBy.map(labelNameOfPath));
  const groupKeys = groupBy.map(formatFieldPath);
  return {
    name: definition.name,
    help: definition.help,
    labelNames,
    compute: async () => {
      const rows = await searchRows(search, measure.query.query, measure.query.key);
      return rows.flatMap((row): MetricSample[] =>
        row.value === null
          ? []
          : [
              {
                labels: Object.fromEntries(
                  groupKeys.map((key, index) => [labelNames[index] as string, labelValue(row.group[key])]),
                ),
                value: row.value,
              },
            ],
      );
    },
  };
}

function sanitized(raw: string): string {
  const name = raw.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(name) ? name : `label_${name}`;
}

/** Two groups that sanitize to one name: the later gets underscores until it is unique. */
function distinct(names: string[]): string[] {
  const found: string[] = [];
  for (const candidate of names) {
    let name = candidate;
    while (found.includes(name)) name = `${name}_`;
    found.push(name);
  }
  return found;
}
