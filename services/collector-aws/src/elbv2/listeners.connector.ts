import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeRules,
  type Listener,
  type Rule,
  type Tag,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { ResourceConnector, listPerParent, mapBounded, requiredField } from '@cloud-inventory/collector-kit';
import { elbv2Call, withElbv2Tags } from './elbv2-calls.js';
import { loadBalancerListing } from './load-balancers.connector.js';

/** A listener with its tags and, for HTTP and HTTPS listeners (the ones that have rules), its rules. */
export type ListenerDetails = Listener & { Tags: Tag[]; Rules?: Rule[] };

const balancersInFlight = 4;
const listenersInFlight = 8;
const HAS_RULES = new Set(['HTTP', 'HTTPS']);

/**
 * Listeners are listed per load balancer (DescribeListeners needs its ARN), in pages of 400; the rules of an
 * application load balancer's listener per listener (DescribeRules takes one listener).
 */
export class ListenersConnector extends ResourceConnector<ListenerDetails> {
  readonly calls = [
    elbv2Call(DescribeLoadBalancersCommand),
    elbv2Call(DescribeListenersCommand),
    elbv2Call(DescribeTagsCommand),
    elbv2Call(DescribeRulesCommand),
  ];

  items(): AsyncIterable<ListenerDetails> {
    const elbv2 = this.client(ElasticLoadBalancingV2Client);
    const listeners = listPerParent(loadBalancerListing.items(this.context), balancersInFlight, (balancer) =>
      this.listenersOf(elbv2, requiredField(balancer, 'LoadBalancerArn')),
    );
    const tagged = withElbv2Tags(elbv2, listeners, (listener) => requiredField(listener, 'ListenerArn'));
    return mapBounded(tagged, listenersInFlight, async (listener) =>
      HAS_RULES.has(listener.Protocol ?? '')
        ? { ...listener, Rules: await this.rulesOf(elbv2, requiredField(listener, 'ListenerArn')) }
        : listener,
    );
  }

  private async rulesOf(elbv2: ElasticLoadBalancingV2Client, ListenerArn: string): Promise<Rule[]> {
    const rules: Rule[] = [];
    for await (const page of paginateDescribeRules({ client: elbv2, pageSize: 400 }, { ListenerArn })) {
      rules.push(...(page.Rules ?? []));
    }
    return rules;
  }

  private async *listenersOf(elbv2: ElasticLoadBalancingV2Client, LoadBalancerArn: string): AsyncIterable<Listener> {
    for await (const page of paginateDescribeListeners({ client: elbv2, pageSize: 400 }, { LoadBalancerArn })) {
      yield* page.Listeners ?? [];
    }
  }
}
