import { IAMClient, paginateGetAccountAuthorizationDetails, type GroupDetail } from '@aws-sdk/client-iam';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// Each IAM kind pages the bulk call with its own Filter: the pages hold only its entities, so five kinds cost about
// the pages one unfiltered listing would, plus a first call each.
export class GroupsConnector extends ListingConnector<GroupDetail> {
  readonly listing = paginated(IAMClient, paginateGetAccountAuthorizationDetails, 'GroupDetailList', {
    input: { Filter: ['Group'] },
  });
}
