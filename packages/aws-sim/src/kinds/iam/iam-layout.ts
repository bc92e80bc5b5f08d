import type { AttachedPolicy, PolicyDetail } from '@aws-sdk/client-iam';
import { deterministicString, KEY_ALPHABET } from '../../identity/accounts.js';
import { hashString } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { NamedIds } from '../kind-spec.js';

/**
 * How an account's IAM estate hangs together, from indexes alone: IAM records live once per account (in the account's
 * first region, `accountWide`), and every cross-reference (a user's groups, a principal's managed policy, a
 * profile's role, a policy's attachment count) is arithmetic on the indexes, so no record needs another generated.
 */

/** IAM's unique ids: a four-letter type prefix (AIDA user, AGPA group, AROA role, ANPA policy, AIPA profile) and 17 chars. */
export function iamUniqueId(ctx: ScopeContext, prefix: string, salt: number, index: number): string {
  // Independent of the region: an instance in any region names its profile by the profile's id.
  return `${prefix}${deterministicString(KEY_ALPHABET, 17, ctx.seed, hashString(ctx.accountId), salt, index)}`;
}

/** An IAM ARN of the account: `arn:aws:iam::123456789012:role/service-role/name`. */
export function iamArn(ctx: ScopeContext, type: string, path: string, name: string): string {
  return ctx.arn('iam', `${type}${path}${name}`, { region: '' });
}

/** Names `<word>-<index>`, the word picked by the index from `words`; parsed back by the trailing index. */
export function indexedNames(words: readonly string[]): NamedIds & { nameOf(index: number): string } {
  const nameOf = (index: number) => `${words[index % words.length]}-${index}`;
  return {
    nameOf,
    nameAt: (_ctx, index) => nameOf(index),
    indexOf(_ctx, name) {
      const match = /-(\d+)$/.exec(name);
      const index = match ? Number(match[1]) : undefined;
      return index !== undefined && nameOf(index) === name ? index : undefined;
    },
  };
}

/** Policy documents as AWS returns them in GetAccountAuthorizationDetails and ListRoles: URL-encoded JSON. */
export function encodedDocument(document: object): string {
  return encodeURIComponent(JSON.stringify(document));
}

export function allowDocument(actions: string[], resource = '*'): object {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] };
}

/** An inline policy of a principal. */
export function inlinePolicy(name: string, actions: string[]): Required<PolicyDetail> {
  return { PolicyName: name, PolicyDocument: encodedDocument(allowDocument(actions)) };
}

/** Principals attach only policies below this index: the rest are never attached (unattached AWS-managed ones too). */
export function attachablePolicies(ctx: ScopeContext): number {
  return Math.max(1, Math.floor((ctx.counts.iamPolicy * 3) / 4));
}

/** The index of the one managed policy principal `index` attaches (every user, group and role attaches one). */
export function attachedPolicyIndex(ctx: ScopeContext, index: number): number | undefined {
  return ctx.counts.iamPolicy > 0 ? index % attachablePolicies(ctx) : undefined;
}

function attachingBelow(count: number, policyIndex: number, modulus: number): number {
  return count > policyIndex ? Math.floor((count - 1 - policyIndex) / modulus) + 1 : 0;
}

/** How many users, groups and roles attach policy `policyIndex`: those whose index is the policy's modulo. */
export function attachmentCount(ctx: ScopeContext, policyIndex: number): number {
  const modulus = attachablePolicies(ctx);
  if (policyIndex >= modulus) return 0;
  const { iamUser, iamGroup, iamRole } = ctx.counts;
  return [iamUser, iamGroup, iamRole].reduce((sum, count) => sum + attachingBelow(count, policyIndex, modulus), 0);
}

/** The attached managed policies of principal `index`, as GetAccountAuthorizationDetails lists them. */
export function attachedPolicies(
  ctx: ScopeContext,
  index: number,
  policyAt: (ctx: ScopeContext, index: number) => { PolicyName: string; Arn: string },
): Required<AttachedPolicy>[] {
  const policyIndex = attachedPolicyIndex(ctx, index);
  if (policyIndex === undefined) return [];
  const policy = policyAt(ctx, policyIndex);
  return [{ PolicyName: policy.PolicyName, PolicyArn: policy.Arn }];
}

/**
 * Who may assume role `index`, by `index % ROLE_TRUSTS.length`: EC2 (the roles of instance profiles), Lambda, the
 * account itself and one of its users, a role of another simulated account, an outside vendor's account (with an
 * ExternalId), GitHub's OIDC provider, a SAML identity provider, ECS tasks, CloudFormation, EKS (a cluster's role).
 */
export const ROLE_TRUSTS = [
  'ec2-instance',
  'lambda-exec',
  'admin-access',
  'cross-account-deploy',
  'vendor-monitoring',
  'github-actions',
  'okta-sso',
  'ecs-task',
  'cloudformation-deploy',
  'eks-cluster',
] as const;

/** The role of instance profile `index`: every role trusting EC2 (the first of each round of trusts) backs one profile. */
export const ROLES_PER_PROFILE = ROLE_TRUSTS.length;

export function profileRoleIndex(ctx: ScopeContext, profileIndex: number): number | undefined {
  const roleIndex = profileIndex * ROLES_PER_PROFILE;
  return roleIndex < ctx.counts.iamRole ? roleIndex : undefined;
}

/** The owner of access key `index`: keys go round the users, so each has 0 to 2 while keys stay below 2 x users. */
export function accessKeyOwnerIndex(ctx: ScopeContext, keyIndex: number): number {
  return ctx.counts.iamUser > 0 ? keyIndex % ctx.counts.iamUser : keyIndex;
}

/** An account outside the inventory (a vendor's), trusted by some roles with an ExternalId condition. */
export const OUTSIDE_ACCOUNT_ID = '210987654321';
