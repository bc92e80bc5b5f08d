import { EC2Client, paginateDescribeFlowLogs, type FlowLog } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

export class FlowLogsConnector extends ListingConnector<FlowLog> {
  readonly listing = paginated(EC2Client, paginateDescribeFlowLogs, 'FlowLogs');
}
