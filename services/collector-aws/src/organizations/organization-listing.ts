import {
  DescribeOrganizationCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListRootsCommand,
  ListTagsForResourceCommand,
  OrganizationsClient,
  paginateListAccountsForParent,
  paginateListOrganizationalUnitsForParent,
  paginateListRoots,
  paginateListTagsForResource,
  type Account,
  type OrganizationalUnit,
  type Tag,
} from '@aws-sdk/client-organizations';
import {
  absentOn,
  awsCall,
  awsTags,
  edge,
  mapBounded,
  paginated,
  rawExcept,
  required,
  requiredField,
  type ConnectorContext,
} from '@cloud-inventory/collector-kit';
import { ORG_ACCOUNT, UNIT } from './organizations-identities.js';

/** Every list call of Organizations takes MaxResults 1..20: a larger page is refused, not clamped. */
export const pageSize = 20;
/** Organizations allows few calls a second per account: a handful in flight at once. */
export const inFlight = 4;

/** DescribeOrganization, which every account of an organization may call, members too. */
export const describeOrganizationCall = awsCall(DescribeOrganizationCommand);
export const listTagsCall = awsCall(ListTagsForResourceCommand);

/** ListRoots with one root a page: the cheapest call that only the organization's listers may make. */
export const listRootsProbeCall = awsCall(ListRootsCommand);

/**
 * Whether the account lists an organization; false only where that is proven, and the kinds then hold nothing, a
 * complete answer:
 * - AWSOrganizationsNotInUseException: the account is in no organization;
 * - the organization's management account is another one (DescribeOrganization, which every member may call) and
 *   ListRoots is refused with AccessDeniedException: a member that is not a delegated administrator.
 * The management account refused a call, and any other failure, propagate: a failed scope, never cleaned up.
 */
export async function listsOrganization(context: ConnectorContext): Promise<boolean> {
  const organizations = context.client(OrganizationsClient);
  const described = await absentOn(organizations.send(new DescribeOrganizationCommand({})), [
    'AWSOrganizationsNotInUseException',
  ]);
  if (described === undefined) return false;
  if (described.Organization?.MasterAccountId === context.account) return true;
  const probe = await absentOn(organizations.send(new ListRootsCommand({ MaxResults: 1 })), ['AccessDeniedException']);
  return probe !== undefined;
}

/** The OUs directly under a root or OU, every page. */
export async function unitsUnder(context: ConnectorContext, ParentId: string): Promise<OrganizationalUnit[]> {
  const client = context.client(OrganizationsClient);
  const units: OrganizationalUnit[] = [];
  for await (const page of paginateListOrganizationalUnitsForParent({ client, pageSize }, { ParentId })) {
    units.push(...(page.OrganizationalUnits ?? []));
  }
  return units;
}

/** The accounts directly under a root or OU, every page. */
export async function accountsUnder(context: ConnectorContext, ParentId: string): Promise<Account[]> {
  const client = context.client(OrganizationsClient);
  const accounts: Account[] = [];
  for await (const page of paginateListAccountsForParent({ client, pageSize }, { ParentId })) {
    accounts.push(...(page.Accounts ?? []));
  }
  return accounts;
}

/** The tags of a root, OU or account (ListTagsForResource takes one resource, and pages without a page size). */
export async function tagsOf(context: ConnectorContext, ResourceId: string): Promise<Tag[]> {
  const client = context.client(OrganizationsClient);
  const tags: Tag[] = [];
  for await (const page of paginateListTagsForResource({ client }, { ResourceId })) tags.push(...(page.Tags ?? []));
  return tags;
}

/** A root or OU with its tags and the ids of the OUs and accounts directly under it (the `contains` edges). */
export type Parent<Item> = Item & { Id: string; Tags: Tag[]; ChildUnitIds: string[]; ChildAccountIds: string[] };

/** The organization's roots, every page (ListRoots, also the probe of listsOrganization). */
export const rootListing = paginated(OrganizationsClient, paginateListRoots, 'Roots', { pageSize });

/** The calls of a root or OU kind: the listing of the roots, and each parent's tags and children. */
export const parentCalls = [
  describeOrganizationCall,
  ...rootListing.calls(),
  awsCall(ListOrganizationalUnitsForParentCommand),
  awsCall(ListAccountsForParentCommand),
  listTagsCall,
];

/** A root or OU as a resource: the item without its tags and children, which are tags and `contains` edges. */
export const parentMapping = {
  id: required('Id'),
  name: required('Name'),
  tags: awsTags(),
  data: rawExcept<Parent<{ Id?: string; Name?: string }>>('Tags', 'ChildUnitIds', 'ChildAccountIds'),
};

export const parentRelationships = [
  edge('contains', UNIT, (parent: Parent<object>) => parent.ChildUnitIds),
  edge('contains', ORG_ACCOUNT, (parent: Parent<object>) => parent.ChildAccountIds),
];

/** Each parent with its tags and children, `inFlight` parents at once. */
export function withChildren<Item extends { Id?: string | undefined }>(
  context: ConnectorContext,
  parents: AsyncIterable<Item> | Iterable<Item>,
): AsyncIterable<Parent<Item>> {
  return mapBounded(parents, inFlight, async (parent) => {
    const Id = requiredField(parent, 'Id');
    const [Tags, units, accounts] = await Promise.all([
      tagsOf(context, Id),
      unitsUnder(context, Id),
      accountsUnder(context, Id),
    ]);
    return {
      ...parent,
      Id,
      Tags,
      ChildUnitIds: units.map((unit) => requiredField(unit, 'Id')),
      ChildAccountIds: accounts.map((account) => requiredField(account, 'Id')),
    };
  });
}
