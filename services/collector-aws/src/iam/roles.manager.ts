import type { RoleDetail } from '@aws-sdk/client-iam';
import { ResourceManager, edge, type Relationship } from '@cloud-inventory/collector-kit';
import { AccountManager } from '../account/account.manager.js';
import { iamMapping } from './iam-mapping.js';
import { anyPrincipal, iamPrincipalUid, identityProviders, servicePrincipals } from './iam-uids.js';
import { inlinePolicies, policyDocument } from './policy-documents.js';
import { PoliciesManager } from './policies.manager.js';
import { trustedPrincipals, type TrustedPrincipals } from './trust-policy.js';
import { UsersManager } from './users.manager.js';

const trustOf = (role: RoleDetail): TrustedPrincipals => trustedPrincipals(role.AssumeRolePolicyDocument);

/**
 * The accounts other than its own that may assume the role (their principals' accounts), as top-level data so that
 * `--where TrustsOtherAccounts=true` finds the roles another account, or anyone, can assume.
 */
function otherAccountsTrusted(trust: TrustedPrincipals, account: string) {
  const accountOf = (arn: string) => arn.split(':')[4] ?? '';
  const accounts = [...trust.accounts, ...[...trust.roles, ...trust.users].map(accountOf)];
  const others = [...new Set(accounts.filter((id) => id !== account))].sort();
  return { TrustsOtherAccounts: trust.anyone || others.length > 0, TrustedOtherAccounts: others };
}

export class RolesManager extends ResourceManager<RoleDetail> {
  readonly kind = 'aws_iam_role';
  readonly serviceType = { group: 'IAM', type: 'Role', name: 'IAM Role', labels: ['Security'], family: 'role' };
  override readonly isGlobal = true;
  readonly uid = iamPrincipalUid('role');
  readonly mapping = iamMapping<RoleDetail>('RoleName', (role, scope) => ({
    AssumeRolePolicyDocument: policyDocument(role.AssumeRolePolicyDocument),
    RolePolicyList: inlinePolicies(role.RolePolicyList),
    ...otherAccountsTrusted(trustOf(role), scope.account),
  }));
  // Every principal the trust policy names: accounts (`aws:account:<id>`), roles and users by ARN (in any account,
  // so one outside the inventory is a reference by uid), AWS services, identity providers, and anyone (`*`).
  override readonly relationships: readonly Relationship<RoleDetail>[] = [
    edge('has_policy', PoliciesManager, (role: RoleDetail) => role.AttachedManagedPolicies?.map((p) => p.PolicyArn)),
    edge('trusts', AccountManager, (role: RoleDetail) => trustOf(role).accounts),
    edge('trusts', RolesManager, (role: RoleDetail) => trustOf(role).roles),
    edge('trusts', UsersManager, (role: RoleDetail) => trustOf(role).users),
    edge('trusts', servicePrincipals, (role: RoleDetail) => trustOf(role).services),
    edge('trusts', identityProviders, (role: RoleDetail) => trustOf(role).providers),
    edge('trusts', anyPrincipal, (role: RoleDetail) => (trustOf(role).anyone ? ['*'] : [])),
  ];
}
