import type { VpcLink } from '@aws-sdk/client-api-gateway';
import type { SimTag } from '../../world/records.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { loadBalancerType } from '../elbv2/balancing-layout.js';
import { loadBalancerArn } from '../elbv2/elbv2-arns.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { VPC_LINK_IDS } from './api-ids.js';

type VpcLinkFields = 'id' | 'name' | 'targetArns' | 'status';

/** GetVpcLinks' VpcLink of API Gateway v1; its `tags` map is answered from the state API's tag list. */
export type SimApiGatewayVpcLink = Omit<Filled<VpcLink, VpcLinkFields>, 'tags'> & { Tags: SimTag[] };

const SALT_VPC_LINK = 143;

/** The network load balancers of a scope (load balancer i is one when i mod 4 is 3), by index. */
function networkLoadBalancers(ctx: ScopeContext): number[] {
  const balancers = Array.from({ length: ctx.counts.elbv2LoadBalancer }, (_, index) => index);
  return balancers.filter((index) => loadBalancerType(index) === 'network');
}

/** Whether the scope has a network load balancer (load balancer 3 is its first) for a VPC link to reach. */
export function hasNetworkLoadBalancer(ctx: ScopeContext): boolean {
  return networkLoadBalancers(ctx).length > 0;
}

/**
 * A v1 VPC link reaches one network load balancer (the only kind it may target): link k the k-th NLB of the scope,
 * round the NLBs again when there are more links. In a scope without NLBs (tiny, small) it names load balancer 3,
 * deleted since, and no API uses it.
 */
export const apiGatewayVpcLinkKind: KindSpec<'apiGatewayVpcLink', SimApiGatewayVpcLink> = {
  kind: 'apiGatewayVpcLink',
  idField: 'id',
  ids: VPC_LINK_IDS,
  counts: { tiny: 1, small: 1, medium: 2, large: 4 },
  needs: ['elbv2LoadBalancer'],
  ownFields: ['Tags'],
  generate(ctx, index) {
    const nlbs = networkLoadBalancers(ctx);
    const balancer = nlbs.length > 0 ? (nlbs[index % nlbs.length] as number) : 3;
    return {
      id: ctx.id('apiGatewayVpcLink', index),
      name: `nlb-link-${index}`,
      description: 'REST APIs to the services behind a private NLB',
      targetArns: [loadBalancerArn(ctx, balancer)],
      status: 'AVAILABLE',
      statusMessage: 'Your vpc link is ready for use',
      Tags: [environmentTag(ctx, SALT_VPC_LINK, index)],
    };
  },
};
