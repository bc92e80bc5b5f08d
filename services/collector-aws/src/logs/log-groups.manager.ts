import { ResourceManager, arnFor, rawExcept, required, tagMap } from '@cloud-inventory/collector-kit';
import { encryptedBy } from '../kms/encrypted-by.js';
import type { LogGroupDetails } from './log-groups.connector.js';

/** The group's name in an ARN that names it (`arn:...:log-group:<name>` or `...:log-group:<name>:*`), else undefined. */
export function logGroupNameOf(arn: string | undefined): string | undefined {
  return arn === undefined ? undefined : /:log-group:(.+?)(?::\*)?$/.exec(arn)?.[1];
}

export class LogGroupsManager extends ResourceManager<LogGroupDetails> {
  readonly kind = 'aws_logs_log_group';
  readonly serviceType = {
    group: 'CloudWatchLogs',
    type: 'LogGroup',
    name: 'CloudWatch Log Group',
    labels: ['Management'],
    family: 'log_group',
  };
  // the group's ARN without DescribeLogGroups' `:*` (its logGroupArn)
  readonly uid = arnFor('logs', 'log-group:');
  readonly mapping = {
    id: required('logGroupName'),
    name: required('logGroupName'),
    // creationTime is milliseconds since the epoch
    created_at: (group: LogGroupDetails) =>
      group.creationTime === undefined ? undefined : new Date(group.creationTime).toISOString(),
    tags: tagMap('tags'),
    data: rawExcept<LogGroupDetails>('tags'),
  };
  override readonly relationships = encryptedBy((group: LogGroupDetails) => group.kmsKeyId);
}
