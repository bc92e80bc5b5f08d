import {
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeLoadBalancers,
  type LoadBalancer,
  type Tag,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { ResourceConnector, paginated, requiredField } from '@cloud-inventory/collector-kit';
import { elbv2Call, withElbv2Tags } from './elbv2-calls.js';

export type LoadBalancerDetails = LoadBalancer & { Tags: Tag[] };

/** Application, network and gateway load balancers, in pages of 400 (the most PageSize allows). */
export const loadBalancerListing = paginated(
  ElasticLoadBalancingV2Client,
  paginateDescribeLoadBalancers,
  'LoadBalancers',
  {
    pageSize: 400,
  },
);

export class LoadBalancersConnector extends ResourceConnector<LoadBalancerDetails> {
  readonly calls = [elbv2Call(DescribeLoadBalancersCommand), elbv2Call(DescribeTagsCommand)];

  items(): AsyncIterable<LoadBalancerDetails> {
    const balancers = loadBalancerListing.items(this.context);
    return withElbv2Tags(this.client(ElasticLoadBalancingV2Client), balancers, (balancer) =>
      requiredField(balancer, 'LoadBalancerArn'),
    );
  }
}
