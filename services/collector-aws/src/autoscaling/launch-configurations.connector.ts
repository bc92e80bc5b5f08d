import {
  AutoScalingClient,
  paginateDescribeLaunchConfigurations,
  type LaunchConfiguration,
} from '@aws-sdk/client-auto-scaling';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// MaxRecords is at most 100.
export class LaunchConfigurationsConnector extends ListingConnector<LaunchConfiguration> {
  readonly listing = paginated(AutoScalingClient, paginateDescribeLaunchConfigurations, 'LaunchConfigurations', {
    pageSize: 100,
  });
}
