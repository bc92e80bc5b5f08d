import type { RoleDetail } from '@aws-sdk/client-iam';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { attachedPolicies, inlinePolicy, ROLES_PER_PROFILE } from './iam-layout.js';
import { instanceProfileAt } from './instance-profile.js';
import { policyAt } from './policy.js';
import { roleAt, roleNames, SALT_ROLE } from './role-summary.js';

type RoleFields =
  | 'Path'
  | 'RoleName'
  | 'RoleId'
  | 'Arn'
  | 'CreateDate'
  | 'AssumeRolePolicyDocument'
  | 'InstanceProfileList'
  | 'RolePolicyList'
  | 'AttachedManagedPolicies'
  | 'RoleLastUsed';

/** GetAccountAuthorizationDetails' RoleDetail, with what ListRoles adds (description, session length). */
export type SimIamRole = Tagged<Filled<RoleDetail, RoleFields>> & { Description?: string; MaxSessionDuration: number };

function generateRole(ctx: ScopeContext, index: number): SimIamRole {
  const hash = ctx.hash(SALT_ROLE, index, 2);
  const role = roleAt(ctx, index);
  const profileIndex = index / ROLES_PER_PROFILE;
  const profile =
    Number.isInteger(profileIndex) && profileIndex < ctx.counts.iamInstanceProfile
      ? instanceProfileAt(ctx, profileIndex)
      : undefined;
  return {
    ...role,
    InstanceProfileList: profile ? [profile] : [],
    RolePolicyList: index % 3 === 1 ? [inlinePolicy('read-app-config', ['ssm:GetParameter', 'kms:Decrypt'])] : [],
    AttachedManagedPolicies: attachedPolicies(ctx, index, policyAt),
    Tags: hash % 3 === 0 ? [{ Key: 'ManagedBy', Value: 'terraform' }] : [],
    RoleLastUsed:
      hash % 4 === 0
        ? {}
        : { LastUsedDate: new Date(role.CreateDate.getTime() + (hash % 600) * 86_400_000), Region: ctx.region },
    ...(hash % 2 === 0 ? { Description: `Role for ${role.RoleName}` } : {}),
  };
}

export const iamRoleKind: KindSpec<'iamRole', SimIamRole> = {
  kind: 'iamRole',
  idField: 'RoleName',
  ids: roleNames,
  // tiny: one role of each trust (iam-layout.ts ROLE_TRUSTS), so that every service finds its role
  counts: { tiny: 10, small: 20, medium: 60, large: 300 },
  accountWide: true,
  ownFields: ['Description', 'MaxSessionDuration'],
  generate: generateRole,
};
