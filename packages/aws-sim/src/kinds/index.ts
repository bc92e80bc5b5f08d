import type { SimSize } from '../options.js';
import { trailKind } from './cloudtrail/trail.js';
import { compositeAlarmKind } from './cloudwatch/composite-alarm.js';
import { metricAlarmKind } from './cloudwatch/metric-alarm.js';
import { cacheClusterKind } from './elasticache/cache-cluster.js';
import { replicationGroupKind } from './elasticache/replication-group.js';
import { stackKind } from './cloudformation/stack.js';
import { addressKind } from './ec2/address.js';
import { imageKind } from './ec2/image.js';
import { instanceKind } from './ec2/instance.js';
import { keyPairKind } from './ec2/key-pair.js';
import { securityGroupKind } from './ec2/security-group.js';
import { snapshotKind } from './ec2/snapshot.js';
import { subnetKind } from './ec2/subnet.js';
import { volumeKind } from './ec2/volume.js';
import { vpcKind } from './ec2/vpc.js';
import type { KindSpec } from './kind-spec.js';
import { dbClusterKind } from './rds/db-cluster.js';
import { dbInstanceKind } from './rds/db-instance.js';
import { dbSnapshotKind } from './rds/db-snapshot.js';
import { dbSubnetGroupKind } from './rds/db-subnet-group.js';
import { bucketKind } from './s3/bucket.js';
import { snsSubscriptionKind } from './sns/subscription.js';
import { snsTopicKind } from './sns/topic.js';

/** Every simulated kind, in the order they are listed and counted. A new kind is a spec file and a line here. */
export const KIND_SPECS = [
  vpcKind,
  subnetKind,
  securityGroupKind,
  imageKind,
  instanceKind,
  volumeKind,
  snapshotKind,
  addressKind,
  keyPairKind,
  bucketKind,
  trailKind,
  dbSubnetGroupKind,
  dbClusterKind,
  dbInstanceKind,
  dbSnapshotKind,
  snsTopicKind,
  snsSubscriptionKind,
  metricAlarmKind,
  compositeAlarmKind,
  replicationGroupKind,
  cacheClusterKind,
  stackKind,
] as const;

type AnySpec = (typeof KIND_SPECS)[number];

/** The kinds of resources the simulator generates and serves. */
export type SimKind = AnySpec['kind'];

/** The record type of each kind. */
export type SimRecordByKind = {
  [S in AnySpec as S['kind']]: S extends KindSpec<string, infer R> ? R : never;
};

export const SIM_KINDS: readonly SimKind[] = KIND_SPECS.map((spec) => spec.kind);

const SPEC_BY_KIND = new Map<string, AnySpec>(KIND_SPECS.map((spec) => [spec.kind, spec]));

/** The spec of a kind, typed by its record. */
export function kindSpec<K extends SimKind>(kind: K): KindSpec<K, SimRecordByKind[K]> {
  return SPEC_BY_KIND.get(kind) as unknown as KindSpec<K, SimRecordByKind[K]>;
}

/** Resources of each kind per account x region for each `size`. */
export const COUNTS_BY_SIZE: Readonly<Record<SimSize, Readonly<Record<SimKind, number>>>> = Object.fromEntries(
  (['tiny', 'small', 'medium', 'large'] as const).map((size) => [
    size,
    Object.fromEntries(KIND_SPECS.map((spec) => [spec.kind, spec.counts[size]])),
  ]),
) as Record<SimSize, Record<SimKind, number>>;

/** Whether a record is current as AWS users see it (an automated snapshot is not), per its kind's spec. */
export function isCurrentRecord<K extends SimKind>(kind: K, record: SimRecordByKind[K]): boolean {
  const current = kindSpec(kind).current;
  return current ? current(record) : true;
}

/** The id of a record: InstanceId, VolumeId..., a bucket's or trail's Name. */
export function recordId<K extends SimKind>(kind: K, record: SimRecordByKind[K]): string {
  return String(record[kindSpec(kind).idField]);
}
