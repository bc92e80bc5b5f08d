import { IAMClient, paginateGetAccountAuthorizationDetails, type ManagedPolicyDetail } from '@aws-sdk/client-iam';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';
import { isAwsManagedPolicyArn } from './iam-uids.js';

/**
 * Managed policies as users count them: every customer-managed one, and the AWS-managed ones attached to at least
 * one principal of the account (AWS lists all of its own, over a thousand, to every account).
 */
export class PoliciesConnector extends ListingConnector<ManagedPolicyDetail> {
  readonly listing = paginated(IAMClient, paginateGetAccountAuthorizationDetails, 'Policies', {
    input: { Filter: ['LocalManagedPolicy', 'AWSManagedPolicy'] },
    keep: (policy) => !isAwsManagedPolicyArn(policy.Arn) || (policy.AttachmentCount ?? 0) > 0,
  });
}
