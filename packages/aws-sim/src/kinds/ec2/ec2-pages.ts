import type { PageLimits } from '../../protocols/paging.js';

/** MaxResults 5..1000, larger values refused: DescribeInstances, Vpcs, Subnets, SecurityGroups. */
export const PAGE_1000: PageLimits = { min: 5, max: 1000, aboveMax: 'reject' };

/** MaxResults 5..100, larger values refused: DescribeRouteTables, DescribeNetworkAcls. */
export const PAGE_100: PageLimits = { min: 5, max: 100, aboveMax: 'reject' };
/** MaxResults 5..1000, larger values answered with 1000: DescribeVpcEndpoints, DescribeFlowLogs. */
export const PAGE_1000_CLAMPED: PageLimits = { min: 5, max: 1000, aboveMax: 'clamp' };

/** MaxResults 1..200: DescribeLaunchTemplates, DescribeLaunchTemplateVersions. */
export const PAGE_200: PageLimits = { min: 1, max: 200, aboveMax: 'reject' };
