import { SecretsManagerClient, paginateListSecrets, type SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// ListSecrets gives each secret's tags inline (MaxResults at most 100). Secrets scheduled for deletion are not
// current: ListSecrets leaves them out unless IncludePlannedDeletion, and the listing keeps none that shows one.
export class SecretsConnector extends ListingConnector<SecretListEntry> {
  readonly listing = paginated(SecretsManagerClient, paginateListSecrets, 'SecretList', {
    pageSize: 100,
    keep: (secret) => secret.DeletedDate === undefined,
  });
}
