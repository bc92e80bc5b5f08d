import type { ScopeContext } from '../../world/scope-context.js';
import { securityGroupForVpc } from '../ec2/network-layout.js';

/**
 * How generated RDS resources refer to each other, from indexes alone. Subnet group g lies in vpc (g mod vpcs).
 * Instance i with i mod 4 = 0 is a member of cluster (i / 4) mod clusters (at most 16 members a cluster, as Aurora
 * allows a writer and 15 readers); the others stand alone, and a standalone i with i mod 4 = 3 is a read replica of
 * instance i - 1. Instance snapshot s is of instance s mod instances, cluster snapshot s of cluster s mod clusters.
 */
export const SALT_DB_SUBNET_GROUP = 60;
export const SALT_DB_CLUSTER = 61;
export const SALT_DB_INSTANCE = 62;
export const SALT_DB_SNAPSHOT = 63;
export const SALT_DB_CLUSTER_SNAPSHOT = 64;

const CLUSTER_STRIDE = 4;
const MAX_CLUSTER_MEMBERS = 16;

export function dbSubnetGroupVpcIndex(ctx: ScopeContext, groupIndex: number): number {
  return groupIndex % Math.max(1, ctx.counts.vpc);
}

/** Up to three subnets of the group's vpc, one per availability zone as the subnets lie. */
export function dbSubnetGroupSubnetIndexes(ctx: ScopeContext, groupIndex: number): number[] {
  const vpcs = Math.max(1, ctx.counts.vpc);
  const vpc = dbSubnetGroupVpcIndex(ctx, groupIndex);
  const subnets: number[] = [];
  for (let subnet = vpc; subnet < ctx.counts.subnet && subnets.length < 3; subnet += vpcs) subnets.push(subnet);
  return subnets;
}

/** A VPC security group of the subnet group's vpc for a database, if that vpc has one. */
export function dbSecurityGroupId(ctx: ScopeContext, groupIndex: number, choice: number): string | undefined {
  const group = securityGroupForVpc(ctx, dbSubnetGroupVpcIndex(ctx, groupIndex), choice);
  return group === undefined ? undefined : ctx.id('securityGroup', group);
}

export function clusterSubnetGroupIndex(ctx: ScopeContext, clusterIndex: number): number | undefined {
  return ctx.counts.dbSubnetGroup > 0 ? clusterIndex % ctx.counts.dbSubnetGroup : undefined;
}

/** The cluster instance i is a member of, if any. */
export function instanceClusterIndex(ctx: ScopeContext, instanceIndex: number): number | undefined {
  const clusters = ctx.counts.dbCluster;
  if (clusters === 0 || instanceIndex % CLUSTER_STRIDE !== 0) return undefined;
  const slot = instanceIndex / CLUSTER_STRIDE;
  return slot < clusters * MAX_CLUSTER_MEMBERS ? slot % clusters : undefined;
}

/** The instances of cluster c, its writer first. */
export function clusterMemberIndexes(ctx: ScopeContext, clusterIndex: number): number[] {
  const members: number[] = [];
  for (let k = 0; k < MAX_CLUSTER_MEMBERS; k++) {
    const instance = CLUSTER_STRIDE * (clusterIndex + k * ctx.counts.dbCluster);
    if (instance >= ctx.counts.dbInstance) break;
    members.push(instance);
  }
  return members;
}

/** The standalone instance a read replica copies, if instance i is one. */
export function readReplicaSourceIndex(ctx: ScopeContext, instanceIndex: number): number | undefined {
  return instanceIndex % CLUSTER_STRIDE === 3 ? instanceIndex - 1 : undefined;
}

/** The read replicas of a standalone instance. */
export function readReplicaIndexes(ctx: ScopeContext, instanceIndex: number): number[] {
  const replica = instanceIndex + 1;
  return instanceIndex % CLUSTER_STRIDE === 2 && replica < ctx.counts.dbInstance ? [replica] : [];
}

/** The subnet group of an instance: its cluster's, else its own pick. */
export function instanceSubnetGroupIndex(ctx: ScopeContext, instanceIndex: number): number | undefined {
  const cluster = instanceClusterIndex(ctx, instanceIndex);
  if (cluster !== undefined) return clusterSubnetGroupIndex(ctx, cluster);
  return ctx.counts.dbSubnetGroup > 0 ? instanceIndex % ctx.counts.dbSubnetGroup : undefined;
}

/** The instance a snapshot is of: a standalone one (a cluster's members are in its cluster snapshots). */
export function snapshotInstanceIndex(ctx: ScopeContext, snapshotIndex: number): number | undefined {
  const instances = ctx.counts.dbInstance;
  if (instances === 0) return undefined;
  const instance = snapshotIndex % instances;
  const isMember = instanceClusterIndex(ctx, instance) !== undefined;
  return isMember && instance + 1 < instances ? instance + 1 : instance;
}

/** The cluster a cluster snapshot is of. */
export function clusterSnapshotClusterIndex(ctx: ScopeContext, snapshotIndex: number): number {
  return snapshotIndex % Math.max(1, ctx.counts.dbCluster);
}

/** Every third snapshot, of instances or of clusters, is an automated one (`rds:` names), the others manual. */
export function isAutomatedSnapshot(snapshotIndex: number): boolean {
  return snapshotIndex % 3 === 0;
}

/** The domain of the scope's RDS endpoints: `<name>.<cluster-|ro-|>` + `c0a1b2c3d4e5f.<region>.rds.amazonaws.com`. */
export function rdsEndpointSuffix(ctx: ScopeContext): string {
  const dns = ctx.region.startsWith('cn-') ? 'rds.amazonaws.com.cn' : 'rds.amazonaws.com';
  return `c${(ctx.key >>> 0).toString(36).padStart(11, '0')}.${ctx.region}.${dns}`;
}
