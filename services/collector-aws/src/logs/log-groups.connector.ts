import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  ListTagsForResourceCommand,
  paginateDescribeLogGroups,
  type LogGroup,
} from '@aws-sdk/client-cloudwatch-logs';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';

/** A log group with its tags (`{ key: value }`, as ListTagsForResource gives them). */
export interface LogGroupDetails extends LogGroup {
  logGroupName: string;
  tags?: Record<string, string>;
}

// CloudWatch Logs has no batch call for tags: ListTagsForResource takes one group ARN.
const groupsInFlight = 8;

export class LogGroupsConnector extends ResourceConnector<LogGroupDetails> {
  // DescribeLogGroups takes a limit of at most 50
  private readonly groups = paginated(CloudWatchLogsClient, paginateDescribeLogGroups, 'logGroups', { pageSize: 50 });
  // IAM names CloudWatch Logs `logs`, its SDK namespace `cloudwatchlogs`
  readonly calls = [
    awsCall(DescribeLogGroupsCommand, 'logs:DescribeLogGroups'),
    awsCall(ListTagsForResourceCommand, 'logs:ListTagsForResource'),
  ];

  async *items(): AsyncIterable<LogGroupDetails> {
    yield* mapBounded(this.groups.items(this.context), groupsInFlight, (group) => this.details(group));
  }

  private async details(group: LogGroup): Promise<LogGroupDetails> {
    const logGroupName = requiredField(group, 'logGroupName');
    const resourceArn = group.logGroupArn ?? requiredField(group, 'arn').replace(/:\*$/, '');
    const { tags } = await this.client(CloudWatchLogsClient).send(new ListTagsForResourceCommand({ resourceArn }));
    return tags ? { ...group, logGroupName, tags } : { ...group, logGroupName };
  }
}
