import type { ManagedPolicyDetail, PolicyVersion } from '@aws-sdk/client-iam';
import { hashString } from '../../world/hash.js';
import { partitionOf } from '../../world/partition.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { allowDocument, attachmentCount, encodedDocument, iamArn, iamUniqueId } from './iam-layout.js';

type PolicyFields =
  | 'PolicyName'
  | 'PolicyId'
  | 'Arn'
  | 'Path'
  | 'DefaultVersionId'
  | 'AttachmentCount'
  | 'PermissionsBoundaryUsageCount'
  | 'IsAttachable'
  | 'CreateDate'
  | 'UpdateDate'
  | 'PolicyVersionList';

/** GetAccountAuthorizationDetails' ManagedPolicyDetail: customer-managed policies and AWS-managed ones as the account sees them. */
export type SimIamPolicy = Filled<ManagedPolicyDetail, PolicyFields>;

const SALT_POLICY = 41;

/** AWS-managed policies commonly attached, with their paths and what they allow. */
const AWS_MANAGED: readonly { path: string; name: string; actions: string[] }[] = [
  { path: '/', name: 'AdministratorAccess', actions: ['*'] },
  { path: '/', name: 'ReadOnlyAccess', actions: ['*:Describe*', '*:Get*', '*:List*'] },
  {
    path: '/service-role/',
    name: 'AWSLambdaBasicExecutionRole',
    actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
  },
  { path: '/', name: 'AmazonSSMManagedInstanceCore', actions: ['ssm:UpdateInstanceInformation', 'ssmmessages:*'] },
  { path: '/', name: 'AmazonS3ReadOnlyAccess', actions: ['s3:Get*', 's3:List*'] },
  { path: '/', name: 'CloudWatchAgentServerPolicy', actions: ['cloudwatch:PutMetricData', 'logs:PutLogEvents'] },
  { path: '/', name: 'PowerUserAccess', actions: ['*'] },
  { path: '/job-function/', name: 'ViewOnlyAccess', actions: ['*:List*', '*:Describe*'] },
  { path: '/', name: 'SecurityAudit', actions: ['*:Get*', '*:List*'] },
  { path: '/', name: 'IAMUserChangePassword', actions: ['iam:ChangePassword'] },
];
const AWS_MANAGED_INDEX = new Map(AWS_MANAGED.map((policy, index) => [policy.name, index]));
const CUSTOMER_WORDS = ['app-data-access', 'deploy', 'ci-artifacts', 'read-secrets', 'queue-consumer', 'backup'];

/** Every other policy is AWS-managed (odd indexes); the first of them are the common ones above. */
function isAwsManagedIndex(index: number): boolean {
  return index % 2 === 1;
}

function awsManaged(index: number): { path: string; name: string; actions: string[] } {
  const position = (index - 1) / 2;
  return AWS_MANAGED[position] ?? { path: '/', name: `AWSManagedPolicy${index}`, actions: ['*:Describe*'] };
}

function customerName(index: number): string {
  return `${CUSTOMER_WORDS[index % CUSTOMER_WORDS.length]}-policy-${index}`;
}

function customerPath(index: number): string {
  return index % 5 === 4 ? '/app/' : '/';
}

/** A policy's ARN: AWS-managed ones in the `aws` namespace, the others in the account's. */
export function policyArnAt(ctx: ScopeContext, index: number): string {
  if (!isAwsManagedIndex(index)) return iamArn(ctx, 'policy', customerPath(index), customerName(index));
  const { path, name } = awsManaged(index);
  return `arn:${partitionOf(ctx.region)}:iam::aws:policy${path}${name}`;
}

function indexOfArn(ctx: ScopeContext, arn: string): number | undefined {
  const match = /^arn:[a-z-]+:iam::(aws|\d{12}):policy\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]+)$/.exec(arn);
  if (!match) return undefined;
  const [, owner, name = ''] = match;
  let index: number | undefined;
  if (owner === 'aws') {
    const known = AWS_MANAGED_INDEX.get(name);
    const generated = /^AWSManagedPolicy(\d+)$/.exec(name)?.[1];
    index = known !== undefined ? known * 2 + 1 : generated !== undefined ? Number(generated) : undefined;
  } else {
    index = Number(/-(\d+)$/.exec(name)?.[1] ?? NaN);
  }
  return index !== undefined && Number.isInteger(index) && policyArnAt(ctx, index) === arn ? index : undefined;
}

/** The managed policy `index` as a principal's AttachedManagedPolicies names it. */
export function policyAt(ctx: ScopeContext, index: number): { PolicyName: string; Arn: string } {
  return {
    PolicyName: isAwsManagedIndex(index) ? awsManaged(index).name : customerName(index),
    Arn: policyArnAt(ctx, index),
  };
}

export function isAwsManagedPolicyArn(arn: string): boolean {
  return /^arn:[a-z-]+:iam::aws:/.test(arn);
}

function generatePolicy(ctx: ScopeContext, index: number): SimIamPolicy {
  const aws = isAwsManagedIndex(index);
  const hash = ctx.hash(SALT_POLICY, index, 1);
  const { path, name, actions } = aws
    ? awsManaged(index)
    : { path: customerPath(index), name: customerName(index), actions: ['s3:GetObject', 'sqs:ReceiveMessage'] };
  const created = aws
    ? new Date(Date.UTC(2015, 1, 6) + (hashString(name) % 2000) * 86_400_000)
    : ctx.date('2020-01-01T00:00:00Z', 1500, hash);
  const versions = 1 + (hash % 3);
  const updated = new Date(created.getTime() + (versions - 1) * 30 * 86_400_000);
  const defaultVersion: PolicyVersion = {
    Document: encodedDocument(allowDocument(actions)),
    VersionId: `v${versions}`,
    IsDefaultVersion: true,
    CreateDate: updated,
  };
  return {
    PolicyName: name,
    // AWS-managed policies have one id everywhere
    PolicyId: aws
      ? `ANPA${hashString(name).toString(32).toUpperCase().padStart(17, 'A')}`
      : iamUniqueId(ctx, 'ANPA', SALT_POLICY, index),
    Arn: policyArnAt(ctx, index),
    Path: path,
    DefaultVersionId: `v${versions}`,
    AttachmentCount: attachmentCount(ctx, index),
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    ...(aws
      ? { Description: `Provides ${name} permissions` }
      : hash % 2 === 0
        ? { Description: `Access for ${name}` }
        : {}),
    CreateDate: created,
    UpdateDate: updated,
    PolicyVersionList: [defaultVersion],
  };
}

/** Customer-managed policies and the AWS-managed ones, attached or not (the account sees them all; users count the attached). */
export const iamPolicyKind: KindSpec<'iamPolicy', SimIamPolicy> = {
  kind: 'iamPolicy',
  idField: 'Arn',
  ids: { nameAt: policyArnAt, indexOf: indexOfArn },
  counts: { tiny: 4, small: 12, medium: 60, large: 250 },
  accountWide: true,
  generate: generatePolicy,
  isCurrent: (policy) => !isAwsManagedPolicyArn(policy.Arn) || policy.AttachmentCount > 0,
};
