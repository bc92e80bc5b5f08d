import type { AccountConfig, OrganizationConfig, OrganizationSelection } from '../config/inventory-config.js';
import { organizationsService, type ListedAccount } from './organization-listing.js';

/** The accounts of an organization that a sync covers, and why the others are left out. */
export interface OrganizationMembers {
  members: AccountConfig[];
  /** Listed accounts that are not ACTIVE (suspended, closing). */
  inactive: string[];
  /** Left out by the organization's include / exclude. */
  deselected: string[];
}

/**
 * The member accounts to sync, as configured accounts: every ACTIVE listed account that the selection keeps, but
 * the listing account itself (it is synced as the configured management account), reached by assuming the member
 * role with the management account's credentials, through its collector.
 */
export function organizationMembers(
  organization: OrganizationConfig,
  management: AccountConfig,
  listingAccountId: string,
  listed: ListedAccount[],
): OrganizationMembers {
  const result: OrganizationMembers = { members: [], inactive: [], deselected: [] };
  for (const account of listed) {
    if (account.id === listingAccountId) continue;
    if (account.state !== 'ACTIVE') result.inactive.push(account.id);
    else if (!isSelected(organization, account)) result.deselected.push(account.id);
    else result.members.push(memberAccount(organization, management, account));
  }
  result.members.sort((a, b) => a.name.localeCompare(b.name));
  return result;
}

/** A member's name: the organization's, then its account id. */
export function memberName(organization: OrganizationConfig, accountId: string): string {
  return `${organization.name}-${accountId}`;
}

function isSelected(organization: OrganizationConfig, account: ListedAccount): boolean {
  const { include, exclude } = organization;
  const isIncluded = isEmpty(include) || matches(include, account);
  return isIncluded && !matches(exclude, account);
}

function matches(selection: OrganizationSelection, account: ListedAccount): boolean {
  return selection.accounts.includes(account.id) || account.parents.some((id) => selection.units.includes(id));
}

function isEmpty(selection: OrganizationSelection): boolean {
  return selection.accounts.length === 0 && selection.units.length === 0;
}

function memberAccount(
  organization: OrganizationConfig,
  management: AccountConfig,
  account: ListedAccount,
): AccountConfig {
  if (management.credentials.type === 'assume_role') {
    throw new Error(`organization ${organization.name}: the management account's credentials must not be a role`);
  }
  const partition = account.arn.split(':')[1] || 'aws';
  const role = organization.memberRole;
  return {
    name: memberName(organization, account.id),
    id: account.id,
    provider: 'aws',
    collectorAddress: management.collectorAddress,
    credentials: {
      type: 'assume_role',
      roleArn: `arn:${partition}:iam::${account.id}:role/${role.name}`,
      ...(role.externalId !== undefined ? { externalId: role.externalId } : {}),
      ...(role.externalIdEnv !== undefined ? { externalIdEnv: role.externalIdEnv } : {}),
      ...(role.sessionName !== undefined ? { sessionName: role.sessionName } : {}),
      source: management.credentials,
    },
    regions: organization.regions ?? management.regions,
    services: organization.services ?? management.services,
    // The management account lists the organization; a member is refused the listing (AccessDenied).
    excludedServices: [organizationsService],
    ...(management.endpointUrl !== undefined ? { endpointUrl: management.endpointUrl } : {}),
  };
}
