import type { GroupDetail } from '@aws-sdk/client-iam';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { attachedPolicies, iamArn, iamUniqueId, indexedNames, inlinePolicy } from './iam-layout.js';
import { policyAt } from './policy.js';

/** GetAccountAuthorizationDetails' GroupDetail (groups have no tags). */
export type SimIamGroup = Filled<
  GroupDetail,
  'Path' | 'GroupName' | 'GroupId' | 'Arn' | 'CreateDate' | 'GroupPolicyList' | 'AttachedManagedPolicies'
>;

const SALT_GROUP = 43;
export const groupNames = indexedNames(['admins', 'developers', 'readonly', 'operations', 'billing', 'security-audit']);

function generateGroup(ctx: ScopeContext, index: number): SimIamGroup {
  const name = groupNames.nameOf(index);
  return {
    Path: '/',
    GroupName: name,
    GroupId: iamUniqueId(ctx, 'AGPA', SALT_GROUP, index),
    Arn: iamArn(ctx, 'group', '/', name),
    CreateDate: ctx.date('2018-06-01T00:00:00Z', 900, ctx.hash(SALT_GROUP, index, 1)),
    GroupPolicyList: index % 3 === 2 ? [inlinePolicy('deny-outside-regions', ['ec2:RunInstances'])] : [],
    AttachedManagedPolicies: attachedPolicies(ctx, index, policyAt),
  };
}

export const iamGroupKind: KindSpec<'iamGroup', SimIamGroup> = {
  kind: 'iamGroup',
  idField: 'GroupName',
  ids: groupNames,
  counts: { tiny: 1, small: 3, medium: 8, large: 20 },
  accountWide: true,
  generate: generateGroup,
};
