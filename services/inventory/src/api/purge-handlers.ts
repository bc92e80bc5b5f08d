import type { InventoryApi } from '@cloud-inventory/protocol';
import { InvalidArgumentError } from '@cloud-inventory/protocol';
import type { ResourcePurge } from '../sync/resource-purge.js';
import { regionCodes, stringList } from './request-validation.js';
import { fromStore } from './store-errors.js';

export function purgeHandlers({ purge }: { purge: ResourcePurge }) {
  return {
    async PurgeResources(
      request: InventoryApi.PurgeResourcesRequest__Output,
    ): Promise<InventoryApi.PurgeResourcesResponse> {
      if (request.accounts.length === 0) throw new InvalidArgumentError('accounts', 'must name at least one account');
      const outcome = await fromStore(() =>
        purge.purge({
          accounts: stringList('accounts', request.accounts),
          regions: stringList('regions', request.regions, regionCodes),
          serviceGroups: stringList('service_groups', request.service_groups),
          dryRun: request.dry_run,
          force: request.force,
        }),
      );
      return {
        dry_run: outcome.dryRun,
        matched: outcome.matched,
        orphaned: outcome.orphaned,
        deleted: outcome.deleted,
        deleted_edges: outcome.deletedEdges,
        purge_id: outcome.purgeId ?? '',
        scopes: outcome.scopes,
      };
    },
  };
}
