import { OrganizationsClient, paginateListAccounts, type Account, type Tag } from '@aws-sdk/client-organizations';
import { ResourceConnector, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';
import {
  describeOrganizationCall,
  inFlight,
  listRootsProbeCall,
  listsOrganization,
  listTagsCall,
  pageSize,
  tagsOf,
} from './organization-listing.js';

export type AccountDetails = Account & { Id: string; Tags: Tag[] };

const accountListing = paginated(OrganizationsClient, paginateListAccounts, 'Accounts', { pageSize });

/** Every account of the organization (ListAccounts, whatever OU it sits in), each with its tags. */
export class OrgAccountsConnector extends ResourceConnector<AccountDetails> {
  readonly calls = [describeOrganizationCall, listRootsProbeCall, ...accountListing.calls(), listTagsCall];

  async *items(): AsyncIterable<AccountDetails> {
    if (!(await listsOrganization(this.context))) return;
    yield* mapBounded(accountListing.items(this.context), inFlight, async (account) => {
      const Id = requiredField(account, 'Id');
      return { ...account, Id, Tags: await tagsOf(this.context, Id) };
    });
  }
}
