import {
  DescribeListeners$,
  DescribeLoadBalancers$,
  DescribeRules$,
  DescribeTags$,
  DescribeTargetGroups$,
  DescribeTargetHealth$,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsQuery } from '../../protocols/aws-query.js';
import { declareService, operation } from '../service-declaration.js';
import {
  describeListeners,
  describeLoadBalancers,
  describeRules,
  describeTags,
  describeTargetGroups,
  describeTargetHealth,
} from './elbv2-operations.js';

/**
 * Elastic Load Balancing v2 (application and network load balancers) over awsQuery. It shares its signing name and
 * endpoint with the classic API; requests tell them apart by Version.
 */
export const elbv2Service = declareService({
  name: 'elasticloadbalancing',
  apiVersion: '2015-12-01',
  protocol: awsQuery,
  xmlNamespace: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
  operations: [
    operation(DescribeLoadBalancers$, describeLoadBalancers),
    operation(DescribeTargetGroups$, describeTargetGroups),
    operation(DescribeListeners$, describeListeners),
    operation(DescribeRules$, describeRules),
    operation(DescribeTargetHealth$, describeTargetHealth),
    operation(DescribeTags$, describeTags),
  ],
});
