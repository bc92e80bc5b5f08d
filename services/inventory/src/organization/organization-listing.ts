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

/** What the store holds of the organization one account lists: its accounts, each with the units above it. */
export async function readOrganizationListing(store: GraphStore, listingAccountId: string): Promise<ListedAccount[]> {
  const inAccount = (kinds: string[]): ResourceFilter => ({ kinds, accounts: [listingAccountId], clouds: ['aws'] });
  const containers = await listAll(store, inAccount([organizationKinds.root, organizationKinds.unit]));
  const parentOf = new Map<string, StoredResource>();
  for (const container of containers) {
    // Root -> units -> accounts: whatever the edge's name, a container's way out to a unit or an account is its child.
    const children = await store.neighbors(container.uid, { direction: 'out', depth: 1, limit: 1000 });
    for (const child of children.resources) {
      if (child.kind === organizationKinds.unit || child.kind === organizationKinds.account) {
        parentOf.set(child.uid, container);
      }
    }
  }
  const accounts = await listAll(store, inAccount([organizationKinds.account]));
  return accounts.map((account) => ({
    id: account.id,
    name: account.name,
    state: stringOf(account.data['State']) ?? stringOf(account.data['Status']) ?? 'UNKNOWN',
    arn: stringOf(account.data['Arn']) ?? account.uid,
    parents: parentsOf(account.uid, parentOf),
  }));
}

function parentsOf(uid: string, parentOf: Map<string, StoredResource>): string[] {
  const parents: string[] = [];
  const seen = new Set<string>([uid]);
  for (let parent = parentOf.get(uid); parent && !seen.has(parent.uid); parent = parentOf.get(parent.uid)) {
    seen.add(parent.uid);
    parents.push(parent.id);
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
