import type { ScopeContext } from '../../world/scope-context.js';
import { securityGroupForVpc, subnetAvailabilityZone } from '../ec2/network-layout.js';
import type { NamedIds } from '../kind-spec.js';

/**
 * How generated ElastiCache clusters and replication groups refer to each other: clusters 4g and 4g + 1 are the
 * members of replication group g (`<group>-001`, `<group>-002`, as AWS names them); the others stand alone, a
 * Memcached cluster where c mod 4 = 2, a single Redis node where c mod 4 = 3. Cluster c lies in vpc (c mod vpcs),
 * in the cache subnet group of that vpc.
 */
export const SALT_CACHE_CLUSTER = 90;
export const SALT_REPLICATION_GROUP = 91;

const MEMBERS = 2;
const STRIDE = 4;
const STANDALONE = { name: 'cacheClusterName', prefix: 'cache-' };

export function clusterReplicationGroupIndex(ctx: ScopeContext, clusterIndex: number): number | undefined {
  const group = Math.floor(clusterIndex / STRIDE);
  return clusterIndex % STRIDE < MEMBERS && group < ctx.counts.replicationGroup ? group : undefined;
}

export function replicationGroupMemberIndexes(ctx: ScopeContext, groupIndex: number): number[] {
  return [0, 1].map((k) => STRIDE * groupIndex + k).filter((cluster) => cluster < ctx.counts.cacheCluster);
}

export function isMemcached(ctx: ScopeContext, clusterIndex: number): boolean {
  return clusterReplicationGroupIndex(ctx, clusterIndex) === undefined && clusterIndex % STRIDE === 2;
}

/** Members are `<replication group>-00<n>`; standalone clusters have names of their own. */
export const cacheClusterNames: NamedIds = {
  nameAt(ctx, index) {
    const group = clusterReplicationGroupIndex(ctx, index);
    if (group === undefined) return ctx.id(STANDALONE, index);
    return `${ctx.id('replicationGroup', group)}-00${(index % STRIDE) + 1}`;
  },
  indexOf(ctx, name) {
    const member = /^(.+)-00(\d)$/.exec(name);
    const group = member ? ctx.indexOf('replicationGroup', member[1] as string) : undefined;
    const index = group !== undefined ? STRIDE * group + Number(member?.[2]) - 1 : ctx.partIndexOf(STANDALONE, name);
    return index !== undefined && cacheClusterNames.nameAt(ctx, index) === name ? index : undefined;
  },
};

export function cacheVpcIndex(ctx: ScopeContext, clusterIndex: number): number {
  return clusterIndex % Math.max(1, ctx.counts.vpc);
}

export function cacheSubnetGroupName(vpcIndex: number): string {
  return `cache-subnets-vpc-${vpcIndex}`;
}

export function cacheSecurityGroupId(ctx: ScopeContext, clusterIndex: number, choice: number): string | undefined {
  const group = securityGroupForVpc(ctx, cacheVpcIndex(ctx, clusterIndex), choice);
  return group === undefined ? undefined : ctx.id('securityGroup', group);
}

export function cacheZone(ctx: ScopeContext, clusterIndex: number): string {
  const vpcs = Math.max(1, ctx.counts.vpc);
  const subnet = cacheVpcIndex(ctx, clusterIndex) + vpcs * (clusterIndex % 3);
  return subnetAvailabilityZone(ctx, subnet < ctx.counts.subnet ? subnet : 0);
}

/** The domain of the scope's cache endpoints: `<name>.<id>.<region>.cache.amazonaws.com`. */
export function cacheEndpointSuffix(ctx: ScopeContext): string {
  const dns = ctx.region.startsWith('cn-') ? 'cache.amazonaws.com.cn' : 'cache.amazonaws.com';
  return `${(ctx.key >>> 0).toString(36).slice(0, 6)}.${ctx.region.replaceAll('-', '').slice(0, 4)}.${dns}`;
}
