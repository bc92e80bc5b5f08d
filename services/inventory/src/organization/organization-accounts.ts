import type { GraphStore } from '@cloud-inventory/graph-store';
import type { Logger } from 'pino';
import type { AccountConfig, InventoryConfig, OrganizationConfig } from '../config/inventory-config.js';
import type { AccountIdentities } from '../sync/account-identities.js';
import { readOrganizationListing } from './organization-listing.js';
import { organizationMembers } from './organization-members.js';

/**
 * The member accounts of the configured organizations, as the store's latest listing of each holds them. An
 * organization is resolved once its management account's id is known (configured, or learned from a plan); until
 * every one is, no account can be shown to have left the configuration.
 */
export class OrganizationAccounts {
  private readonly membersByOrganization = new Map<string, AccountConfig[]>();
  /** Organizations whose stored listing is partial now: their members stay as last known. */
  private readonly incomplete = new Set<string>();

  constructor(
    private readonly config: InventoryConfig,
    private readonly store: GraphStore,
  ) {}

  get organizations(): readonly OrganizationConfig[] {
    return this.config.organizations;
  }

  /** Every known member of every organization. */
  members(): AccountConfig[] {
    return [...this.membersByOrganization.values()].flat();
  }

  membersOf(organization: OrganizationConfig): AccountConfig[] {
    return this.membersByOrganization.get(organization.name) ?? [];
  }

  isResolved(): boolean {
    return this.config.organizations.every(
      (organization) => this.membersByOrganization.has(organization.name) && !this.incomplete.has(organization.name),
    );
  }

  managementOf(organization: OrganizationConfig): AccountConfig {
    const management = this.config.accounts.find((account) => account.name === organization.managementAccount);
    if (!management) throw new Error(`organization ${organization.name}: no account ${organization.managementAccount}`);
    return management;
  }

  /** Reads the organizations' listings again (all, or those given); one whose listing account is unknown stays as it was. */
  async refresh(
    identities: AccountIdentities,
    log: Logger,
    organizations: readonly OrganizationConfig[] = this.config.organizations,
  ): Promise<void> {
    for (const organization of organizations) {
      const management = this.managementOf(organization);
      const listingAccountId = identities.idOf(management);
      if (listingAccountId === undefined) {
        log.warn(
          { organization: organization.name, account: management.name },
          'organization not listed yet: its management account has not been planned',
        );
        continue;
      }
      const listing = await readOrganizationListing(this.store, listingAccountId);
      if (!listing.isComplete) {
        // Members missing from a partial listing must not look removed: the organization stays unresolved (no
        // account can be shown to have left), with the members this process knew, if any.
        log.warn(
          { organization: organization.name, account: management.name, listed: listing.accounts.length },
          'organization listing incomplete in the store: members unchanged, nothing orphaned',
        );
        this.incomplete.add(organization.name);
        continue;
      }
      this.incomplete.delete(organization.name);
      const listed = listing.accounts;
      const configuredIds = new Set(this.config.accounts.map((account) => identities.idOf(account)));
      const selection = organizationMembers(organization, management, listingAccountId, listed);
      // An account configured on its own is synced as that entry, not twice.
      const members = selection.members.filter((member) => !configuredIds.has(member.id));
      this.membersByOrganization.set(organization.name, members);
      log.info(
        {
          organization: organization.name,
          listed: listed.length,
          members: members.length,
          inactive: selection.inactive.length,
          deselected: selection.deselected.length,
        },
        'organization members',
      );
    }
  }
}
