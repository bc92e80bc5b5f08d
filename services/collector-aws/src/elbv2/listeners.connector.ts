import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  type Listener,
  type Tag,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { ResourceConnector, listPerParent, requiredField } from '@cloud-inventory/collector-kit';
import { elbv2Call, withElbv2Tags } from './elbv2-calls.js';
import { loadBalancerListing } from './load-balancers.connector.js';

export type ListenerDetails = Listener & { Tags: Tag[] };

const balancersInFlight = 4;

/** Listeners are listed per load balancer (DescribeListeners needs its ARN), in pages of 400. */
export class ListenersConnector extends ResourceConnector<ListenerDetails> {
  readonly calls = [
    elbv2Call(DescribeLoadBalancersCommand),
    elbv2Call(DescribeListenersCommand),
    elbv2Call(DescribeTagsCommand),
  ];

  items(): AsyncIterable<ListenerDetails> {
    const elbv2 = this.client(ElasticLoadBalancingV2Client);
    const listeners = listPerParent(loadBalancerListing.items(this.context), balancersInFlight, (balancer) =>
      this.listenersOf(elbv2, requiredField(balancer, 'LoadBalancerArn')),
    );
    return withElbv2Tags(elbv2, listeners, (listener) => requiredField(listener, 'ListenerArn'));
  }

  private async *listenersOf(elbv2: ElasticLoadBalancingV2Client, LoadBalancerArn: string): AsyncIterable<Listener> {
    for await (const page of paginateDescribeListeners({ client: elbv2, pageSize: 400 }, { LoadBalancerArn })) {
      yield* page.Listeners ?? [];
    }
  }
}
