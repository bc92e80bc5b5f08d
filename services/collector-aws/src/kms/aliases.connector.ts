import { KMSClient, paginateListAliases, type AliasListEntry } from '@aws-sdk/client-kms';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// ListAliases also shows AWS managed aliases of services not used yet, pointing at no key: those are not aliases
// that count. Its Limit is at most 100.
export class AliasesConnector extends ListingConnector<AliasListEntry> {
  readonly listing = paginated(KMSClient, paginateListAliases, 'Aliases', {
    pageSize: 100,
    keep: (alias) => alias.TargetKeyId !== undefined,
  });
}
