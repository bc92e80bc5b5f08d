import {
  AutoScalingClient,
  paginateDescribeAutoScalingGroups,
  type AutoScalingGroup,
} from '@aws-sdk/client-auto-scaling';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// Groups come with their tags and instances inline; MaxRecords is at most 100.
export class AutoScalingGroupsConnector extends ListingConnector<AutoScalingGroup> {
  readonly listing = paginated(AutoScalingClient, paginateDescribeAutoScalingGroups, 'AutoScalingGroups', {
    pageSize: 100,
  });
}
