import { ResourceManager, awsMapping, edge, uidFromField, type ManagerClass } from '@cloud-inventory/collector-kit';
import { InstancesManager } from '../ec2/instances.manager.js';
import { SecurityGroupsManager } from '../ec2/security-groups.manager.js';
import { SubnetsManager } from '../ec2/subnets.manager.js';
import { VolumesManager } from '../ec2/volumes.manager.js';
import { VpcsManager } from '../ec2/vpcs.manager.js';
import { RolesManager } from '../iam/roles.manager.js';
import { ReplicationGroupsManager } from '../elasticache/replication-groups.manager.js';
import { MetricAlarmsManager } from '../cloudwatch/metric-alarms.manager.js';
import { DbClustersManager } from '../rds/db-clusters.manager.js';
import { DbInstancesManager } from '../rds/db-instances.manager.js';
import { DbSubnetGroupsManager } from '../rds/db-subnet-groups.manager.js';
import { BucketsManager } from '../s3/buckets.manager.js';
import { topicNameOf } from '../sns/sns-arns.js';
import { TopicsManager } from '../sns/topics.manager.js';
import type { StackDetails } from './stacks.connector.js';
import { TablesManager } from '../dynamodb/tables.manager.js';
import { LoadBalancersManager } from '../elbv2/load-balancers.manager.js';
import { FunctionsManager } from '../lambda/functions.manager.js';
import { QueuesManager } from '../sqs/queues.manager.js';

const asIs = (physicalId: string): string | undefined => physicalId;
/** A queue's physical id is its URL (`https://sqs.<region>.amazonaws.com/<account>/<name>`): the name ends it. */
const queueNameOfUrl = (url: string): string | undefined => url.slice(url.lastIndexOf('/') + 1) || undefined;

/** The inventory's kinds a stack can manage: their CloudFormation type, Manager, and id from the physical id. */
const MANAGED: readonly (readonly [
  type: string,
  target: ManagerClass,
  idOf: (physicalId: string) => string | undefined,
])[] = [
  ['AWS::EC2::Instance', InstancesManager, asIs],
  ['AWS::EC2::SecurityGroup', SecurityGroupsManager, asIs],
  ['AWS::EC2::VPC', VpcsManager, asIs],
  ['AWS::EC2::Subnet', SubnetsManager, asIs],
  ['AWS::EC2::Volume', VolumesManager, asIs],
  ['AWS::S3::Bucket', BucketsManager, asIs],
  ['AWS::RDS::DBInstance', DbInstancesManager, asIs],
  ['AWS::RDS::DBCluster', DbClustersManager, asIs],
  ['AWS::RDS::DBSubnetGroup', DbSubnetGroupsManager, asIs],
  ['AWS::SNS::Topic', TopicsManager, topicNameOf],
  ['AWS::CloudWatch::Alarm', MetricAlarmsManager, asIs],
  ['AWS::ElastiCache::ReplicationGroup', ReplicationGroupsManager, asIs],
  ['AWS::Lambda::Function', FunctionsManager, asIs],
  ['AWS::SQS::Queue', QueuesManager, queueNameOfUrl],
  ['AWS::DynamoDB::Table', TablesManager, asIs],
  // a role's physical id is its name
  ['AWS::IAM::Role', RolesManager, asIs],
  // a load balancer's is its ARN
  ['AWS::ElasticLoadBalancingV2::LoadBalancer', LoadBalancersManager, asIs],
];

function managed(type: string, idOf: (physicalId: string) => string | undefined) {
  return (stack: StackDetails) =>
    stack.Resources.filter((resource) => resource.ResourceType === type && resource.PhysicalResourceId).map(
      (resource) => idOf(resource.PhysicalResourceId as string),
    );
}

export class StacksManager extends ResourceManager<StackDetails> {
  readonly kind = 'aws_cloudformation_stack';
  readonly serviceType = {
    group: 'CloudFormation',
    type: 'Stack',
    name: 'CloudFormation Stack',
    labels: ['Management'],
    family: 'stack',
  };
  // The stack id is its ARN, with a UUID AWS gives it.
  readonly uid = uidFromField('StackId');
  readonly mapping = awsMapping<StackDetails>({ id: 'StackName', name: 'StackName', createdAt: 'CreationTime' });
  override readonly relationships = [
    // the service role it deploys with, by ARN
    edge('uses', RolesManager, (stack: StackDetails) => stack.RoleARN),
    ...MANAGED.map(([type, target, idOf]) => edge('manages', target, managed(type, idOf))),
  ];
}
