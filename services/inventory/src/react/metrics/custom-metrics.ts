import type { CustomMetricDefinition } from '../config/react-config.js';
import { labelValue, type MetricDefinition } from './metric-definition.js';

/** The Prometheus label of a group field: kind stays kind, tag:team becomes tag_team, data.VolumeType VolumeType. */
export function labelNameOf(groupField: string): string {
  const raw = groupField.startsWith('tag:')
    ? `tag_${groupField.slice(4)}`
    : groupField.startsWith('data.')
      ? groupField.slice(5)
      : groupField;
  const sanitized = raw.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(sanitized) ? sanitized : `label_${sanitized}`;
}

/** A gauge defined in configuration: store.aggregate with the user's filter, grouping and value. */
export function customMetric(definition: CustomMetricDefinition): MetricDefinition {
  const labelNames: string[] = [];
  for (const field of definition.groupBy) {
    let name = labelNameOf(field);
    while (labelNames.includes(name)) name = `${name}_`;
    labelNames.push(name);
  }
  return {
    name: definition.name,
    help: definition.help,
    labelNames,
    compute: async (store) => {
      const rows = await store.aggregate({
        filter: definition.filter,
        groupBy: definition.groupBy,
        value: definition.value,
      });
      return rows.map((row) => ({
        labels: Object.fromEntries(
          definition.groupBy.map((field, index) => [labelNames[index] as string, labelValue(row.group[field])]),
        ),
        value: row.value,
      }));
    },
  };
}
