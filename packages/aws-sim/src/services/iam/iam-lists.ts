import type { ListPoliciesRequest } from '@aws-sdk/client-iam';
import type { SimIamPolicy, SimIamRole, SimIamUser } from '../../world/records.js';
import { isAwsManagedPolicyArn } from '../../kinds/iam/policy.js';
import { listKind } from '../list-kind.js';
import { checkEnum, IAM_PAGES, iamScope, pathPrefixFilter } from './iam-scope.js';

interface PathInput {
  PathPrefix?: string;
}

const byPath = (input: PathInput) => pathPrefixFilter(input.PathPrefix);

/** ListUsers' User: no inline policies, groups or attachments (GetAccountAuthorizationDetails has those). */
export const listUsers = listKind<'iamUser', PathInput>('iamUser', {
  paging: { items: 'Users', ...IAM_PAGES },
  scope: iamScope,
  where: byPath,
  itemOf: (user: SimIamUser) => ({
    Path: user.Path,
    UserName: user.UserName,
    UserId: user.UserId,
    Arn: user.Arn,
    CreateDate: user.CreateDate,
    ...(user.PasswordLastUsed ? { PasswordLastUsed: user.PasswordLastUsed } : {}),
  }),
});

export const listGroups = listKind<'iamGroup', PathInput>('iamGroup', {
  paging: { items: 'Groups', ...IAM_PAGES },
  scope: iamScope,
  where: byPath,
  itemOf: (group) => ({
    Path: group.Path,
    GroupName: group.GroupName,
    GroupId: group.GroupId,
    Arn: group.Arn,
    CreateDate: group.CreateDate,
  }),
});

/** ListRoles' Role: the trust policy, description and session length; no tags or last use since 2023. */
export const listRoles = listKind<'iamRole', PathInput>('iamRole', {
  paging: { items: 'Roles', ...IAM_PAGES },
  scope: iamScope,
  where: byPath,
  itemOf: (role: SimIamRole) => ({
    Path: role.Path,
    RoleName: role.RoleName,
    RoleId: role.RoleId,
    Arn: role.Arn,
    CreateDate: role.CreateDate,
    AssumeRolePolicyDocument: role.AssumeRolePolicyDocument,
    ...(role.Description === undefined ? {} : { Description: role.Description }),
    MaxSessionDuration: role.MaxSessionDuration,
  }),
});

const POLICY_SCOPES = ['All', 'AWS', 'Local'] as const;

/** ListPolicies: Scope All (default), AWS or Local; OnlyAttached; PathPrefix. No description, no versions. */
export const listPolicies = listKind<'iamPolicy', ListPoliciesRequest>('iamPolicy', {
  paging: { items: 'Policies', ...IAM_PAGES },
  scope: iamScope,
  validate: (input) => checkEnum(input.Scope, 'scope', POLICY_SCOPES),
  where(input) {
    const scope = input.Scope ?? 'All';
    const onlyAttached = String(input.OnlyAttached) === 'true';
    const path = pathPrefixFilter(input.PathPrefix);
    return (policy: SimIamPolicy) =>
      (scope === 'All' || (scope === 'AWS') === isAwsManagedPolicyArn(policy.Arn)) &&
      (!onlyAttached || policy.AttachmentCount > 0) &&
      (!path || path(policy));
  },
  itemOf: ({ Description: _description, PolicyVersionList: _versions, ...policy }: SimIamPolicy) => policy,
});

export const listInstanceProfiles = listKind<'iamInstanceProfile', PathInput>('iamInstanceProfile', {
  paging: { items: 'InstanceProfiles', ...IAM_PAGES },
  scope: iamScope,
  where: byPath,
});
