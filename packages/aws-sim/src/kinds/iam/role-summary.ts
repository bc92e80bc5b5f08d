import type { Role } from '@aws-sdk/client-iam';
import { partitionOf } from '../../world/partition.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { Filled } from '../populated.js';
import { encodedDocument, iamArn, iamUniqueId, indexedNames, OUTSIDE_ACCOUNT_ID, ROLE_TRUSTS } from './iam-layout.js';
import { userNames } from './user.js';

export const SALT_ROLE = 44;

export const roleNames = indexedNames(ROLE_TRUSTS);

type Statement = Record<string, unknown>;

function anotherAccount(ctx: ScopeContext): string | undefined {
  const accounts = ctx.accountIds;
  const position = accounts.indexOf(ctx.accountId);
  return accounts.length > 1 ? accounts[(position + 1) % accounts.length] : undefined;
}

function trustStatement(ctx: ScopeContext, index: number): Statement {
  const partition = partitionOf(ctx.region);
  const assume = { Effect: 'Allow', Action: 'sts:AssumeRole' };
  switch (ROLE_TRUSTS[index % ROLE_TRUSTS.length]) {
    case 'ec2-instance':
      return { ...assume, Principal: { Service: 'ec2.amazonaws.com' } };
    case 'lambda-exec':
      return { ...assume, Principal: { Service: 'lambda.amazonaws.com' } };
    case 'eks-cluster':
      return { ...assume, Principal: { Service: 'eks.amazonaws.com' } };
    case 'admin-access': {
      const root = `arn:${partition}:iam::${ctx.accountId}:root`;
      const user = ctx.counts.iamUser > 0 ? iamArn(ctx, 'user', '/', userNames.nameOf(0)) : undefined;
      return { ...assume, Principal: { AWS: user ? [root, user] : root } };
    }
    case 'cross-account-deploy': {
      const other = anotherAccount(ctx);
      // the other account's admin-access role (index 2) when it has one, else the account
      const principal =
        other === undefined
          ? `arn:${partition}:iam::${OUTSIDE_ACCOUNT_ID}:root`
          : ctx.counts.iamRole > 2
            ? `arn:${partition}:iam::${other}:role/${roleNames.nameOf(2)}`
            : other;
      return { ...assume, Principal: { AWS: principal } };
    }
    case 'vendor-monitoring':
      return {
        ...assume,
        Principal: { AWS: `arn:${partition}:iam::${OUTSIDE_ACCOUNT_ID}:root` },
        Condition: { StringEquals: { 'sts:ExternalId': `vendor-${ctx.accountId}` } },
      };
    case 'ecs-task':
      return { ...assume, Principal: { Service: 'ecs-tasks.amazonaws.com' } };
    case 'cloudformation-deploy':
      return { ...assume, Principal: { Service: 'cloudformation.amazonaws.com' } };
    case 'github-actions':
      return {
        Effect: 'Allow',
        Action: 'sts:AssumeRoleWithWebIdentity',
        Principal: {
          Federated: `arn:${partition}:iam::${ctx.accountId}:oidc-provider/token.actions.githubusercontent.com`,
        },
        Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:example/app:*' } },
      };
    default:
      return {
        Effect: 'Allow',
        Action: 'sts:AssumeRoleWithSAML',
        Principal: { Federated: `arn:${partition}:iam::${ctx.accountId}:saml-provider/Okta` },
        Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
      };
  }
}

function rolePath(index: number): string {
  return index % ROLE_TRUSTS.length === 1 ? '/service-role/' : '/';
}

/** Role `index` as ListRoles and an instance profile's Roles show it. */
export function roleAt(
  ctx: ScopeContext,
  index: number,
): Filled<
  Role,
  'Path' | 'RoleName' | 'RoleId' | 'Arn' | 'CreateDate' | 'AssumeRolePolicyDocument' | 'MaxSessionDuration'
> {
  const name = roleNames.nameOf(index);
  const path = rolePath(index);
  return {
    Path: path,
    RoleName: name,
    RoleId: iamUniqueId(ctx, 'AROA', SALT_ROLE, index),
    Arn: iamArn(ctx, 'role', path, name),
    CreateDate: ctx.date('2019-03-01T00:00:00Z', 1600, ctx.hash(SALT_ROLE, index, 1)),
    AssumeRolePolicyDocument: encodedDocument({ Version: '2012-10-17', Statement: [trustStatement(ctx, index)] }),
    MaxSessionDuration: index % 3 === 0 ? 3600 : 43200,
  };
}

/** The trust of the roles each AWS service may assume, by the service's principal name. */
const SERVICE_TRUSTS = {
  ec2: 'ec2-instance',
  lambda: 'lambda-exec',
  'ecs-tasks': 'ecs-task',
  cloudformation: 'cloudformation-deploy',
  eks: 'eks-cluster',
} as const satisfies Record<string, (typeof ROLE_TRUSTS)[number]>;
export type RoleService = keyof typeof SERVICE_TRUSTS;

/**
 * The ARN of a role that AWS service `service` may assume (`role/service-role/lambda-exec-8`), the `n`-th of them
 * round the account's: what another kind names as its role (a Lambda function's Role, an ECS task definition's task
 * role, a stack's RoleARN). Undefined when there is none.
 */
export function serviceRoleArn(ctx: ScopeContext, service: RoleService, n: number): string | undefined {
  const offset = ROLE_TRUSTS.indexOf(SERVICE_TRUSTS[service]);
  const roles = ctx.counts.iamRole;
  const count = roles > offset ? Math.floor((roles - 1 - offset) / ROLE_TRUSTS.length) + 1 : 0;
  return count === 0 ? undefined : roleAt(ctx, (n % count) * ROLE_TRUSTS.length + offset).Arn;
}
