import {
  DescribeAutoScalingGroups$,
  DescribeLaunchConfigurations$,
  type AutoScalingGroupNamesType,
  type LaunchConfigurationNamesType,
} from '@aws-sdk/client-auto-scaling';
import { awsQuery } from '../../protocols/aws-query.js';
import type { PagingDeclaration } from '../../protocols/paging.js';
import { named } from '../elbv2/elb-requests.js';
import { listKind } from '../list-kind.js';
import { declareService, operation } from '../service-declaration.js';

/** Auto Scaling's Describe* page with NextToken and MaxRecords: 50 by default, at most 100. */
function autoScalingPaging(items: string): PagingDeclaration {
  return {
    items,
    inputToken: 'NextToken',
    outputToken: 'NextToken',
    limit: 'MaxRecords',
    truncated: undefined,
    defaultPageSize: 50,
    limits: { min: 1, max: 100, aboveMax: 'reject' },
  };
}

/** Names that match no group are left out of the answer, as AWS does; so are unknown launch configurations. */
const describeAutoScalingGroups = listKind<'autoScalingGroup', AutoScalingGroupNamesType>('autoScalingGroup', {
  paging: autoScalingPaging('AutoScalingGroups'),
  where(input) {
    const names = named(input.AutoScalingGroupNames);
    return names && ((record) => names.has(record.AutoScalingGroupName));
  },
});

const describeLaunchConfigurations = listKind<'launchConfiguration', LaunchConfigurationNamesType>(
  'launchConfiguration',
  {
    paging: autoScalingPaging('LaunchConfigurations'),
    where(input) {
      const names = named(input.LaunchConfigurationNames);
      return names && ((record) => names.has(record.LaunchConfigurationName));
    },
  },
);

export const autoScalingService = declareService({
  name: 'autoscaling',
  protocol: awsQuery,
  xmlNamespace: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
  errors: { invalidPaginationToken: ['InvalidNextToken', 400] },
  operations: [
    operation(DescribeAutoScalingGroups$, describeAutoScalingGroups),
    operation(DescribeLaunchConfigurations$, describeLaunchConfigurations),
  ],
});
