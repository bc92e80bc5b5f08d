import { SNSClient, paginateListSubscriptions, type Subscription } from '@aws-sdk/client-sns';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// 100 a page, NextToken only. A subscription awaiting confirmation has no ARN yet ("PendingConfirmation"): it is
// no resource until it is confirmed.
export class SubscriptionsConnector extends ListingConnector<Subscription> {
  readonly listing = paginated(SNSClient, paginateListSubscriptions, 'Subscriptions', {
    keep: (subscription) => subscription.SubscriptionArn?.startsWith('arn:') === true,
  });
}
