import type { CacheSubnetGroup } from '@aws-sdk/client-elasticache';
import type { ScopeContext } from '../../world/scope-context.js';
import { subnetAvailabilityZone } from '../ec2/network-layout.js';
import { cacheSubnetGroupName } from './cache-layout.js';

/** The scope's cache subnet groups: one per vpc with clusters, holding up to three of its subnets. */
export function cacheSubnetGroups(ctx: ScopeContext): CacheSubnetGroup[] {
  const vpcs = ctx.counts.vpc;
  const used = Math.min(vpcs, ctx.counts.cacheCluster);
  return Array.from({ length: used }, (_, vpc) => {
    const subnets: number[] = [];
    for (let subnet = vpc; subnet < ctx.counts.subnet && subnets.length < 3; subnet += vpcs) subnets.push(subnet);
    const name = cacheSubnetGroupName(vpc);
    return {
      CacheSubnetGroupName: name,
      CacheSubnetGroupDescription: `Cache subnets of vpc ${vpc}`,
      VpcId: ctx.id('vpc', vpc),
      Subnets: subnets.map((subnet) => ({
        SubnetIdentifier: ctx.id('subnet', subnet),
        SubnetAvailabilityZone: { Name: subnetAvailabilityZone(ctx, subnet) },
        SupportedNetworkTypes: ['ipv4'],
      })),
      ARN: ctx.arn('elasticache', `subnetgroup:${name}`),
      SupportedNetworkTypes: ['ipv4'],
    };
  });
}
