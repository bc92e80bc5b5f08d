import type { GraphStore, ResourceFilter, StoredResource } from '@cloud-inventory/graph-store';

/** The collector's service of the organization kinds. */
export const organizationsService = 'organizations';

export const organizationKinds = {
  root: 'aws_organizations_root',
  unit: 'aws_organizations_unit',
  account: 'aws_organizations_account',
} as const;

/** An account of an organization, as the store's last complete listing of it holds it. */
export interface ListedAccount {
  id: string;
  name: string;
  /** ACTIVE, SUSPENDED, PENDING_CLOSURE or CLOSED (AWS's `State`, else its older `Status`). */
  state: string;
  arn: string;
  /** Ids of the root and the organizational units above the account, nearest first. */
  parents: string[];
}

/** What the store holds of an organization's listing, and whether it is whole. */
export interface OrganizationListing {
  accounts: ListedAccount[];
  /**
   * Whether the listing can be trusted to be the organization's: its accounts include the listing account itself
   * (ListAccounts always does), and each of them sits under a root through the stored units. A listing never
   * collected, or collected only in part (one of its kinds failed, or a parent with more children than a read
   * returns), is not: nothing may be concluded from an account missing from it.
   */
  isComplete: boolean;
}

/** What the store holds of the organization one account lists: its accounts, each with the units above it. */
export async function readOrganizationListing(
  store: GraphStore,
  listingAccountId: string,
): Promise<OrganizationListing> {
  const inAccount = (kinds: string[]): ResourceFilter => ({ kinds, accounts: [listingAccountId], clouds: ['aws'] });
  const containers = await listAll(store, inAccount([organizationKinds.root, organizationKinds.unit]));
  const parentOf = new Map<string, StoredResource>();
  let isTruncated = false;
  for (const container of containers) {
    // Root -> units -> accounts: whatever the edge's name, a container's way out to a unit or an account is its child.
    const children = await store.neighbors(container.uid, { direction: 'out', depth: 1, limit: neighborLimit });
    isTruncated ||= children.truncated;
    for (const child of children.resources) {
      if (child.kind === organizationKinds.unit || child.kind === organizationKinds.account) {
        parentOf.set(child.uid, container);
      }
    }
  }
  const stored = await listAll(store, inAccount([organizationKinds.account]));
  let isEveryAccountPlaced = true;
  const accounts = stored.map((account) => {
    const chain = parentsOf(account.uid, parentOf);
    if (chain.at(-1)?.kind !== organizationKinds.root) isEveryAccountPlaced = false;
    return {
      id: account.id,
      name: account.name,
      state: stringOf(account.data['State']) ?? stringOf(account.data['Status']) ?? 'UNKNOWN',
      arn: stringOf(account.data['Arn']) ?? account.uid,
      parents: chain.map((parent) => parent.id),
    };
  });
  const isListerListed = accounts.some((account) => account.id === listingAccountId);
  return { accounts, isComplete: isListerListed && isEveryAccountPlaced && !isTruncated };
}

/** The most children one read of a root or unit returns (the store's neighbour limit). */
const neighborLimit = 1000;

function parentsOf(uid: string, parentOf: Map<string, StoredResource>): StoredResource[] {
  const parents: StoredResource[] = [];
  const seen = new Set<string>([uid]);
  for (let parent = parentOf.get(uid); parent && !seen.has(parent.uid); parent = parentOf.get(parent.uid)) {
    seen.add(parent.uid);
    parents.push(parent);
  }
  return parents;
}

async function listAll(store: GraphStore, filter: ResourceFilter): Promise<StoredResource[]> {
  const items: StoredResource[] = [];
  let pageToken: string | undefined;
  do {
    const page = await store.listResources(filter, { limit: 1000, pageToken });
    items.push(...page.items);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return items;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
