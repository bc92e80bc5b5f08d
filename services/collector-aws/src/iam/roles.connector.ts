import { IAMClient, paginateGetAccountAuthorizationDetails, type RoleDetail } from '@aws-sdk/client-iam';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

/** Roles with their trust policies, attached and inline policies, tags, last use and instance profiles. */
export class RolesConnector extends ListingConnector<RoleDetail> {
  readonly listing = paginated(IAMClient, paginateGetAccountAuthorizationDetails, 'RoleDetailList', {
    input: { Filter: ['Role'] },
  });
}
