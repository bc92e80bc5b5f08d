import type { UserDetail } from '@aws-sdk/client-iam';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { groupNames } from './group.js';
import { attachedPolicies, iamArn, iamUniqueId, indexedNames, inlinePolicy } from './iam-layout.js';
import { policyAt } from './policy.js';

type UserFields =
  'Path' | 'UserName' | 'UserId' | 'Arn' | 'CreateDate' | 'UserPolicyList' | 'GroupList' | 'AttachedManagedPolicies';

/** GetAccountAuthorizationDetails' UserDetail, and when the user last signed in to the console (ListUsers). */
export type SimIamUser = Tagged<Filled<UserDetail, UserFields>> & { PasswordLastUsed?: Date };

const SALT_USER = 42;
export const userNames = indexedNames(['alice', 'bob', 'carol', 'dave', 'erin', 'svc-ci', 'svc-backup', 'frank']);

/** The groups of user `index`: one, and a second for every third user. */
function groupsOf(ctx: ScopeContext, index: number): string[] {
  const groups = ctx.counts.iamGroup;
  if (groups === 0) return [];
  const first = index % groups;
  const second = (index + 1) % groups;
  return index % 3 === 0 && second !== first
    ? [groupNames.nameOf(first), groupNames.nameOf(second)]
    : [groupNames.nameOf(first)];
}

function generateUser(ctx: ScopeContext, index: number): SimIamUser {
  const hash = ctx.hash(SALT_USER, index, 1);
  const name = userNames.nameOf(index);
  const path = index % 5 === 4 ? '/engineering/' : '/';
  const created = ctx.date('2019-01-01T00:00:00Z', 1800, hash);
  const isService = name.startsWith('svc-');
  return {
    Path: path,
    UserName: name,
    UserId: iamUniqueId(ctx, 'AIDA', SALT_USER, index),
    Arn: iamArn(ctx, 'user', path, name),
    CreateDate: created,
    UserPolicyList:
      index % 4 === 1 ? [inlinePolicy('self-service-mfa', ['iam:EnableMFADevice', 'iam:ListMFADevices'])] : [],
    GroupList: groupsOf(ctx, index),
    AttachedManagedPolicies: attachedPolicies(ctx, index, policyAt),
    Tags: hash % 2 === 0 ? [{ Key: 'Team', Value: ['platform', 'payments', 'data'][hash % 3] as string }] : [],
    ...(isService || hash % 4 === 0
      ? {}
      : { PasswordLastUsed: new Date(created.getTime() + (hash % 900) * 86_400_000) }),
  };
}

export const iamUserKind: KindSpec<'iamUser', SimIamUser> = {
  kind: 'iamUser',
  idField: 'UserName',
  ids: userNames,
  counts: { tiny: 2, small: 8, medium: 40, large: 200 },
  accountWide: true,
  ownFields: ['PasswordLastUsed'],
  generate: generateUser,
};
