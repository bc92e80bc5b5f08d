import type { PageLimits } from '../../protocols/paging.js';

/** MaxResults 5..1000, larger values refused: DescribeInstances, Vpcs, Subnets, SecurityGroups. */
export const PAGE_1000: PageLimits = { min: 5, max: 1000, aboveMax: 'reject' };

/** MaxResults 5..100, larger values refused: DescribeRouteTables, DescribeNetworkAcls. */
export const PAGE_100: PageLimits = { min: 5, max: 100, aboveMax: 'reject' };
