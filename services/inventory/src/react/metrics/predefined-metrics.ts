import type { AggregateRow, GraphStore } from '@cloud-inventory/graph-store';
import { instanceSize } from './instance-sizes.js';
import { jsonField, labelValue, mergeSamples, type MetricDefinition, type MetricSample } from './metric-definition.js';

const scopeLabels = ['account', 'region'];
const gibibyte = 1024 ** 3;

function scope(row: AggregateRow): Record<string, string> {
  return { account: labelValue(row.group.account), region: labelValue(row.group.region) };
}

function countBy(store: GraphStore, kind: string, groupBy: string[]): Promise<AggregateRow[]> {
  return store.aggregate({ filter: { kinds: [kind] }, groupBy: ['account', 'region', ...groupBy] });
}

/** Instances by type and state; the state is a JSON object in the data ({"Code":16,"Name":"running"}). */
async function instancesByTypeAndState(
  store: GraphStore,
): Promise<{ row: AggregateRow; type: string; state: string }[]> {
  const rows = await countBy(store, 'aws_ec2_instance', ['data.InstanceType', 'data.State']);
  return rows.map((row) => ({
    row,
    type: labelValue(row.group['data.InstanceType']),
    state: jsonField(row.group['data.State'], 'Name') ?? '',
  }));
}

function runningTotals(field: 'vcpus' | 'memoryBytes'): MetricDefinition['compute'] {
  return async (store) => {
    const samples: MetricSample[] = [];
    for (const { row, type, state } of await instancesByTypeAndState(store)) {
      if (state !== 'running') continue;
      samples.push({ labels: scope(row), value: (instanceSize(type)?.[field] ?? 0) * row.value });
    }
    return mergeSamples(samples);
  };
}

/** Rows grouped by a data object that is present or missing: counts the scopes where `isMatch` holds. */
function bucketsWhere(property: string, isMatch: (value: string | null) => boolean): MetricDefinition['compute'] {
  return async (store) => {
    const rows = await countBy(store, 'aws_s3_bucket', [`data.${property}`]);
    return mergeSamples(
      rows.map((row) => ({
        labels: scope(row),
        value: isMatch(row.group[`data.${property}`] ?? null) ? row.value : 0,
      })),
    );
  };
}

/** Built-in gauges, computed from the graph after each sync. */
export const predefinedMetrics: MetricDefinition[] = [
  {
    name: 'cloud_instances',
    help: 'EC2 instances by instance type, state, account and region',
    labelNames: ['instance_type', 'state', ...scopeLabels],
    compute: async (store) =>
      mergeSamples(
        (await instancesByTypeAndState(store)).map(({ row, type, state }) => ({
          labels: { instance_type: type, state, ...scope(row) },
          value: row.value,
        })),
      ),
  },
  {
    name: 'cloud_running_instance_vcpus',
    help: 'vCPUs of running EC2 instances (from the instance type; unknown types count 0)',
    labelNames: scopeLabels,
    compute: runningTotals('vcpus'),
  },
  {
    name: 'cloud_running_instance_memory_bytes',
    help: 'Memory of running EC2 instances in bytes (from the instance type; unknown types count 0)',
    labelNames: scopeLabels,
    compute: runningTotals('memoryBytes'),
  },
  {
    name: 'cloud_volume_size_bytes',
    help: 'Provisioned EBS volume size (GiB in AWS, here in bytes) by volume type, state, account and region',
    labelNames: ['volume_type', 'state', ...scopeLabels],
    compute: async (store) => {
      const rows = await store.aggregate({
        filter: { kinds: ['aws_ec2_volume'] },
        groupBy: ['account', 'region', 'data.VolumeType', 'data.State'],
        value: { op: 'sum', property: 'Size' },
      });
      return rows.map((row) => ({
        labels: {
          volume_type: labelValue(row.group['data.VolumeType']),
          state: labelValue(row.group['data.State']),
          ...scope(row),
        },
        value: row.value * gibibyte,
      }));
    },
  },
  {
    name: 'cloud_unattached_volumes',
    help: 'EBS volumes attached to no instance (state available)',
    labelNames: scopeLabels,
    compute: async (store) => {
      const rows = await store.aggregate({
        filter: { kinds: ['aws_ec2_volume'], properties: [{ property: 'State', op: 'eq', value: 'available' }] },
        groupBy: ['account', 'region'],
      });
      return rows.map((row) => ({ labels: scope(row), value: row.value }));
    },
  },
  {
    name: 'cloud_buckets',
    help: 'S3 buckets by account and region',
    labelNames: scopeLabels,
    compute: async (store) =>
      (await countBy(store, 'aws_s3_bucket', [])).map((row) => ({ labels: scope(row), value: row.value })),
  },
  {
    name: 'cloud_unencrypted_buckets',
    help: 'S3 buckets without a default encryption configuration',
    labelNames: scopeLabels,
    compute: bucketsWhere('Encryption', (value) => value === null),
  },
  {
    name: 'cloud_buckets_without_public_access_block',
    help: 'S3 buckets without a public access block that blocks everything',
    labelNames: scopeLabels,
    compute: bucketsWhere('PublicAccessBlock', (value) => !blocksAllPublicAccess(value)),
  },
  {
    name: 'cloud_trails_not_logging',
    help: 'CloudTrail trails whose logging is stopped',
    labelNames: scopeLabels,
    compute: async (store) => {
      const rows = await countBy(store, 'aws_cloudtrail_trail', ['data.Status']);
      return mergeSamples(
        rows.map((row) => ({
          labels: scope(row),
          value: jsonField(row.group['data.Status'], 'IsLogging') === 'true' ? 0 : row.value,
        })),
      );
    },
  },
  {
    name: 'cloud_resources',
    help: 'Resources in the graph by kind and cloud',
    labelNames: ['kind', 'cloud'],
    compute: async (store) =>
      (await store.aggregate({ groupBy: ['kind', 'cloud'] })).map((row) => ({
        labels: { kind: labelValue(row.group.kind), cloud: labelValue(row.group.cloud) },
        value: row.value,
      })),
  },
];

function blocksAllPublicAccess(value: string | null): boolean {
  if (value === null) return false;
  return ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'].every(
    (field) => jsonField(value, field) === 'true',
  );
}
