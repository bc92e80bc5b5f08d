import type { Stack, StackResourceSummary } from '@aws-sdk/client-cloudformation';
import type { ScopeContext } from '../../world/scope-context.js';
import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { roleNames, serviceRoleArn } from '../iam/role-summary.js';
import { queueNameAt, queueUrlOf } from '../sqs/queue.js';
import { topicArn } from '../sns/sns-layout.js';

type StackFields =
  | 'StackId'
  | 'StackName'
  | 'CreationTime'
  | 'StackStatus'
  | 'DisableRollback'
  | 'NotificationARNs'
  | 'Capabilities'
  | 'Outputs'
  | 'Parameters'
  | 'DriftInformation'
  | 'EnableTerminationProtection';

/** DescribeStacks' Stack, with what ListStackResources tells about it. */
export type SimStack = Filled<Stack, StackFields> & { Tags: SimTag[]; Resources: StackResourceSummary[] };

const SALT_STACK = 100;

/** Every sixth stack was deleted: DescribeStacks shows it by its stack id only, ListStacks with its status. */
function isDeleted(index: number): boolean {
  return index % 6 === 5;
}

type Owned = 'instance' | 'securityGroup' | 'dbInstance' | 'lambdaFunction' | 'dynamoDbTable' | 'elbv2LoadBalancer';

/** The kinds a stack makes one of, by the stack's index, with their CloudFormation type and logical id. */
const OWNED: readonly [logical: string, type: string, kind: Owned][] = [
  ['AppInstance', 'AWS::EC2::Instance', 'instance'],
  ['AppSecurityGroup', 'AWS::EC2::SecurityGroup', 'securityGroup'],
  ['Database', 'AWS::RDS::DBInstance', 'dbInstance'],
  ['Handler', 'AWS::Lambda::Function', 'lambdaFunction'],
  ['Table', 'AWS::DynamoDB::Table', 'dynamoDbTable'],
  ['LoadBalancer', 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'elbv2LoadBalancer'],
];

/**
 * What stack s manages, by physical id (an id, name, ARN or URL as CloudFormation gives each type): item s of each
 * owned kind, topic s (ARN), queue s (URL) and role s (name), where the scope has them.
 */
function resourcesOf(ctx: ScopeContext, index: number, at: Date): StackResourceSummary[] {
  const resource = (logical: string, type: string, physical: string): StackResourceSummary => ({
    LogicalResourceId: logical,
    PhysicalResourceId: physical,
    ResourceType: type,
    LastUpdatedTimestamp: at,
    ResourceStatus: 'CREATE_COMPLETE',
    DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
  });
  const { snsTopic, sqsQueue, iamRole } = ctx.counts;
  return [
    ...OWNED.filter(([, , kind]) => index < ctx.counts[kind]).map(([logical, type, kind]) =>
      resource(logical, type, ctx.id(kind, index)),
    ),
    ...(index < snsTopic ? [resource('Notices', 'AWS::SNS::Topic', topicArn(ctx, index))] : []),
    ...(index < sqsQueue ? [resource('Jobs', 'AWS::SQS::Queue', queueUrlOf(ctx, queueNameAt(ctx, index)))] : []),
    ...(index < iamRole ? [resource('AppRole', 'AWS::IAM::Role', roleNames.nameOf(index))] : []),
  ];
}

/** The service role stack s deploys with (a stack without one uses its caller's credentials). */
function roleOf(ctx: ScopeContext, index: number): { RoleARN?: string } {
  const role = serviceRoleArn(ctx, 'cloudformation', index);
  return role === undefined ? {} : { RoleARN: role };
}

export const stackKind: KindSpec<'stack', SimStack> = {
  kind: 'stack',
  idField: 'StackName',
  ids: { prefix: 'stack-' },
  counts: { tiny: 1, small: 3, medium: 20, large: 80 },
  ownFields: ['Resources'],
  isCurrent: (stack) => stack.StackStatus !== 'DELETE_COMPLETE',
  generate(ctx, index) {
    const hash = ctx.hash(SALT_STACK, index, 1);
    const name = ctx.id('stack', index);
    const created = ctx.date('2023-01-01T00:00:00Z', 600, hash);
    const deleted = isDeleted(index);
    const uuid = ctx.id({ name: 'stackUuid', prefix: '' }, index);
    return {
      StackId: ctx.arn(
        'cloudformation',
        `stack/${name}/${uuid.slice(0, 8)}-${uuid.slice(8, 12)}-${uuid.slice(12, 16)}-a000-${uuid.slice(0, 12)}`,
      ),
      StackName: name,
      Description: `Application stack ${index}`,
      Parameters: [{ ParameterKey: 'Environment', ParameterValue: environmentTag(ctx, SALT_STACK, index).Value }],
      CreationTime: created,
      ...(deleted ? { DeletionTime: new Date(created.getTime() + 86_400_000) } : {}),
      ...(hash % 2 === 0 ? { LastUpdatedTime: new Date(created.getTime() + 3_600_000) } : {}),
      RollbackConfiguration: {},
      StackStatus: deleted ? 'DELETE_COMPLETE' : hash % 2 === 0 ? 'UPDATE_COMPLETE' : 'CREATE_COMPLETE',
      DisableRollback: false,
      NotificationARNs: [],
      Capabilities: ['CAPABILITY_NAMED_IAM'],
      Outputs: [],
      ...(hash % 3 === 0 ? roleOf(ctx, index) : {}),
      Tags: [environmentTag(ctx, SALT_STACK, index)],
      EnableTerminationProtection: hash % 4 === 0,
      DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
      Resources: deleted ? [] : resourcesOf(ctx, index, created),
    };
  },
};
