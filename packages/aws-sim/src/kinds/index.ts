import type { SimSize } from '../options.js';
import { apiGatewayRestApiKind } from './apigateway/rest-api.js';
import { apiGatewayVpcLinkKind } from './apigateway/vpc-link.js';
import { apiGatewayV2ApiKind } from './apigatewayv2/api.js';
import { apiGatewayV2VpcLinkKind } from './apigatewayv2/vpc-link.js';
import { autoScalingGroupKind } from './autoscaling/auto-scaling-group.js';
import { launchConfigurationKind } from './autoscaling/launch-configuration.js';
import { certificateKind } from './acm/certificate.js';
import { cloudFrontDistributionKind } from './cloudfront/distribution.js';
import { trailKind } from './cloudtrail/trail.js';
import { dynamoDbTableKind } from './dynamodb/table.js';
import { compositeAlarmKind } from './cloudwatch/composite-alarm.js';
import { metricAlarmKind } from './cloudwatch/metric-alarm.js';
import { cacheClusterKind } from './elasticache/cache-cluster.js';
import { replicationGroupKind } from './elasticache/replication-group.js';
import { stackKind } from './cloudformation/stack.js';
import { addressKind } from './ec2/address.js';
import { iamAccessKeyKind } from './iam/access-key.js';
import { iamGroupKind } from './iam/group.js';
import { iamInstanceProfileKind } from './iam/instance-profile.js';
import { iamPolicyKind } from './iam/policy.js';
import { iamRoleKind } from './iam/role.js';
import { iamUserKind } from './iam/user.js';
import { imageKind } from './ec2/image.js';
import { instanceKind } from './ec2/instance.js';
import { internetGatewayKind } from './ec2/internet-gateway.js';
import { flowLogKind } from './ec2/flow-log.js';
import { keyPairKind } from './ec2/key-pair.js';
import { launchTemplateKind } from './ec2/launch-template.js';
import { natGatewayKind } from './ec2/nat-gateway.js';
import { networkAclKind } from './ec2/network-acl.js';
import { networkInterfaceKind } from './ec2/network-interface.js';
import { routeTableKind } from './ec2/route-table.js';
import { securityGroupKind } from './ec2/security-group.js';
import { snapshotKind } from './ec2/snapshot.js';
import { subnetKind } from './ec2/subnet.js';
import { transitGatewayAttachmentKind } from './ec2/transit-gateway-attachment.js';
import { transitGatewayKind } from './ec2/transit-gateway.js';
import { volumeKind } from './ec2/volume.js';
import { vpcEndpointKind } from './ec2/vpc-endpoint.js';
import { vpcPeeringConnectionKind } from './ec2/vpc-peering-connection.js';
import { ecrRepositoryKind } from './ecr/repository.js';
import { ecsClusterKind } from './ecs/cluster.js';
import { ecsContainerInstanceKind } from './ecs/container-instance.js';
import { ecsServiceKind } from './ecs/service.js';
import { ecsTaskDefinitionKind } from './ecs/task-definition.js';
import { ecsTaskKind } from './ecs/task.js';
import { vpcKind } from './ec2/vpc.js';
import { efsAccessPointKind } from './efs/access-point.js';
import { efsFileSystemKind } from './efs/file-system.js';
import { efsMountTargetKind } from './efs/mount-target.js';
import { eksClusterKind } from './eks/cluster.js';
import { eksNodegroupKind } from './eks/nodegroup.js';
import { classicLoadBalancerKind } from './elb/classic-load-balancer.js';
import { listenerKind } from './elbv2/listener.js';
import { elbv2LoadBalancerKind } from './elbv2/load-balancer.js';
import { targetGroupKind } from './elbv2/target-group.js';
import type { KindSpec } from './kind-spec.js';
import { lambdaFunctionKind } from './lambda/function.js';
import { kmsAliasKind } from './kms/alias.js';
import { kmsKeyKind } from './kms/key.js';
import { logGroupKind } from './logs/log-group.js';
import { hostedZoneKind } from './route53/hosted-zone.js';
import { recordSetKind } from './route53/record-set.js';
import { bucketKind } from './s3/bucket.js';
import { secretKind } from './secretsmanager/secret.js';
import { sqsQueueKind } from './sqs/queue.js';
import { dbClusterKind } from './rds/db-cluster.js';
import { dbClusterSnapshotKind } from './rds/db-cluster-snapshot.js';
import { dbInstanceKind } from './rds/db-instance.js';
import { dbSnapshotKind } from './rds/db-snapshot.js';
import { dbSubnetGroupKind } from './rds/db-subnet-group.js';
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
  vpcEndpointKind,
  vpcPeeringConnectionKind,
  transitGatewayKind,
  transitGatewayAttachmentKind,
  launchTemplateKind,
  flowLogKind,
  natGatewayKind,
  networkInterfaceKind,
  internetGatewayKind,
  routeTableKind,
  networkAclKind,
  bucketKind,
  trailKind,
  ecrRepositoryKind,
  ecsClusterKind,
  ecsContainerInstanceKind,
  ecsTaskDefinitionKind,
  ecsServiceKind,
  ecsTaskKind,
  lambdaFunctionKind,
  efsFileSystemKind,
  efsMountTargetKind,
  efsAccessPointKind,
  eksClusterKind,
  eksNodegroupKind,
  iamUserKind,
  iamGroupKind,
  iamRoleKind,
  iamPolicyKind,
  iamInstanceProfileKind,
  iamAccessKeyKind,
  elbv2LoadBalancerKind,
  targetGroupKind,
  listenerKind,
  classicLoadBalancerKind,
  apiGatewayVpcLinkKind,
  apiGatewayRestApiKind,
  apiGatewayV2VpcLinkKind,
  apiGatewayV2ApiKind,
  autoScalingGroupKind,
  launchConfigurationKind,
  kmsKeyKind,
  kmsAliasKind,
  logGroupKind,
  sqsQueueKind,
  dynamoDbTableKind,
  secretKind,
  certificateKind,
  dbSubnetGroupKind,
  dbClusterKind,
  dbInstanceKind,
  dbSnapshotKind,
  dbClusterSnapshotKind,
  snsTopicKind,
  snsSubscriptionKind,
  metricAlarmKind,
  compositeAlarmKind,
  replicationGroupKind,
  cacheClusterKind,
  stackKind,
  cloudFrontDistributionKind,
  hostedZoneKind,
  recordSetKind,
] as const;

type AnySpec = (typeof KIND_SPECS)[number];
type AnyKindSpec = KindSpec<SimKind, unknown>;

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

/** The counts of a size preset as the specs declare them, before `completeCounts`. */
export function presetCounts(size: SimSize): Record<SimKind, number> {
  return Object.fromEntries(KIND_SPECS.map((spec) => [spec.kind, spec.counts[size]])) as Record<SimKind, number>;
}

/**
 * Counts that hold together: a kind missing what it needs (subnets without VPCs) has none, and a kind whose items
 * other kinds own (ENIs) has those owned items and, on top, its preset's; an explicit count of it is the total,
 * never below the owned ones.
 */
export function completeCounts(
  requested: Readonly<Record<SimKind, number>>,
  explicit: ReadonlySet<SimKind> = new Set(),
): Record<SimKind, number> {
  const counts = { ...requested };
  for (const spec of KIND_SPECS) {
    if ((spec as AnyKindSpec).needs?.some((needed) => counts[needed] === 0)) counts[spec.kind] = 0;
  }
  for (const spec of KIND_SPECS) {
    const ownedCount = (spec as AnyKindSpec).ownedCount;
    if (!ownedCount) continue;
    const owned = ownedCount(counts);
    counts[spec.kind] = explicit.has(spec.kind) ? Math.max(counts[spec.kind], owned) : owned + counts[spec.kind];
  }
  return counts;
}

/** Resources of each kind per account x region for each `size`. */
export const COUNTS_BY_SIZE: Readonly<Record<SimSize, Readonly<Record<SimKind, number>>>> = Object.fromEntries(
  (['tiny', 'small', 'medium', 'large'] as const).map((size) => [size, completeCounts(presetCounts(size))]),
) as Record<SimSize, Record<SimKind, number>>;

/** The id of a record: InstanceId, VolumeId..., a bucket's or trail's Name. */
export function recordId<K extends SimKind>(kind: K, record: SimRecordByKind[K]): string {
  return String(record[kindSpec(kind).idField]);
}

/** Whether a record is a resource as users see it, not a gone one AWS still lists (see KindSpec.isCurrent). */
export function isCurrentRecord<K extends SimKind>(kind: K, record: SimRecordByKind[K]): boolean {
  return kindSpec(kind).isCurrent?.(record) ?? true;
}
