import { IAMClient, paginateListInstanceProfiles, type InstanceProfile } from '@aws-sdk/client-iam';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// Not the bulk call: GetAccountAuthorizationDetails shows a profile only inside the role it holds, so a profile
// without a role (its role deleted, or never added) would be missed.
export class InstanceProfilesConnector extends ListingConnector<InstanceProfile> {
  readonly listing = paginated(IAMClient, paginateListInstanceProfiles, 'InstanceProfiles');
}
