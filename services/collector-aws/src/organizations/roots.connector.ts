import {
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  OrganizationsClient,
  paginateListRoots,
  type Root,
} from '@aws-sdk/client-organizations';
import { ResourceConnector, awsCall, paginated } from '@cloud-inventory/collector-kit';
import {
  describeOrganizationCall,
  listsOrganization,
  listTagsCall,
  pageSize,
  withChildren,
  type Parent,
} from './organization-listing.js';

export type RootDetails = Parent<Root>;

const rootListing = paginated(OrganizationsClient, paginateListRoots, 'Roots', { pageSize });

/** The organization's root (AWS has one), with its tags and the OUs and accounts directly under it. */
export class RootsConnector extends ResourceConnector<RootDetails> {
  readonly calls = [
    describeOrganizationCall,
    // ListRoots, the probe of listsOrganization too.
    ...rootListing.calls(),
    awsCall(ListOrganizationalUnitsForParentCommand),
    awsCall(ListAccountsForParentCommand),
    listTagsCall,
  ];

  async *items(): AsyncIterable<RootDetails> {
    if (!(await listsOrganization(this.context))) return;
    yield* withChildren(this.context, rootListing.items(this.context));
  }
}
