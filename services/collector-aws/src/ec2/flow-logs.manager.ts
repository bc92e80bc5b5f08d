import type { FlowLog } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { LogGroupsManager, logGroupNameOf } from '../logs/log-groups.manager.js';
import { BucketsManager } from '../s3/buckets.manager.js';
import { NetworkInterfacesManager } from './network-interfaces.manager.js';
import { SubnetsManager } from './subnets.manager.js';
import { VpcsManager } from './vpcs.manager.js';

/** The watched resource's id, where it is of the kind its prefix names (a flow log watches a VPC, subnet or ENI). */
const watchedWith = (prefix: string) => (log: FlowLog) =>
  log.ResourceId?.startsWith(prefix) ? log.ResourceId : undefined;

/** The bucket of an S3 destination: `arn:<partition>:s3:::bucket/optional/prefix/`. */
function bucketOf(log: FlowLog): string | undefined {
  if (log.LogDestinationType !== 's3') return undefined;
  const resource = /^arn:[^:]+:s3:::([^/]+)/.exec(log.LogDestination ?? '');
  return resource?.[1];
}

/** The group of a CloudWatch Logs destination: LogGroupName, or the group LogDestination's ARN names. */
function logGroupOf(log: FlowLog): string | undefined {
  if (log.LogDestinationType !== 'cloud-watch-logs') return undefined;
  return log.LogGroupName ?? logGroupNameOf(log.LogDestination);
}

export class FlowLogsManager extends ResourceManager<FlowLog> {
  readonly kind = 'aws_ec2_flow_log';
  readonly serviceType = {
    group: 'VPC',
    type: 'FlowLog',
    name: 'VPC Flow Log',
    labels: ['Networking', 'Security'],
    family: 'flow_log',
  };
  readonly uid = arnFor('ec2', 'vpc-flow-log/');
  readonly mapping = awsMapping<FlowLog>({ id: 'FlowLogId', createdAt: 'CreationTime' });
  override readonly relationships = [
    edge('watches', VpcsManager, watchedWith('vpc-')),
    edge('watches', SubnetsManager, watchedWith('subnet-')),
    edge('watches', NetworkInterfacesManager, watchedWith('eni-')),
    edge('logs_to', BucketsManager, bucketOf),
    edge('logs_to', LogGroupsManager, logGroupOf),
  ];
}
