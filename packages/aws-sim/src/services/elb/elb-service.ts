import {
  DescribeLoadBalancers$,
  DescribeTags$,
  type DescribeAccessPointsInput,
  type DescribeTagsInput,
  type DescribeTagsOutput,
} from '@aws-sdk/client-elastic-load-balancing';
import type { CallContext } from '../../http/http-types.js';
import { awsQuery } from '../../protocols/aws-query.js';
import { collectionFor, listKind } from '../list-kind.js';
import { declareService, operation } from '../service-declaration.js';
import { batchOf, elbPaging, named, notFound } from '../elbv2/elb-requests.js';

function requireLoadBalancers(names: readonly string[], call: CallContext): void {
  const balancers = collectionFor('classicLoadBalancer', call);
  const missing = names.find((name) => balancers.get(name) === undefined);
  if (missing !== undefined)
    throw notFound('LoadBalancerNotFound', `There is no ACTIVE Load Balancer named '${missing}'`);
}

const describeLoadBalancers = listKind<'classicLoadBalancer', DescribeAccessPointsInput>('classicLoadBalancer', {
  paging: elbPaging('LoadBalancerDescriptions'),
  validate: (input, call) => requireLoadBalancers(input.LoadBalancerNames ?? [], call),
  where(input) {
    const names = named(input.LoadBalancerNames);
    return names && ((record) => names.has(record.LoadBalancerName));
  },
});

/** Tags of up to 20 classic load balancers at once, by name. */
function describeTags(input: DescribeTagsInput, call: CallContext): DescribeTagsOutput {
  const names = batchOf(input.LoadBalancerNames, 'loadBalancerNames', 20);
  requireLoadBalancers(names, call);
  const balancers = collectionFor('classicLoadBalancer', call);
  return {
    TagDescriptions: names.map((name) => ({ LoadBalancerName: name, Tags: balancers.get(name)?.Tags ?? [] })),
  };
}

/**
 * Classic Elastic Load Balancing over awsQuery: the same signing name and endpoint as v2, told apart by Version.
 */
export const elbService = declareService({
  name: 'elasticloadbalancing',
  apiVersion: '2012-06-01',
  protocol: awsQuery,
  xmlNamespace: 'http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/',
  operations: [operation(DescribeLoadBalancers$, describeLoadBalancers), operation(DescribeTags$, describeTags)],
});
