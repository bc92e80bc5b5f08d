import type { CallContext } from '../../http/http-types.js';
import type { SimEcsCluster } from '../../kinds/ecs/cluster.js';
import type { ItemSource } from '../../protocols/paging.js';
import type { ResourceCollection } from '../../world/resource-collection.js';

type MemberKind = 'ecsService' | 'ecsTask' | 'ecsContainerInstance';

/**
 * The members of one cluster without generating the others': generated member i lives in cluster (i mod clusters),
 * so only those positions are visited, then every added record (which the listing's `where` sorts out).
 */
export function clusterMembers<T>(
  kind: MemberKind,
  call: CallContext,
  cluster: SimEcsCluster,
  collection: ResourceCollection<T>,
): ItemSource<T> {
  const ctx = call.world.context(call.identity.accountId, call.region);
  const clusters = Math.max(1, ctx.counts.ecsCluster);
  const generated = ctx.counts[kind];
  const index = ctx.indexOf('ecsCluster', cluster.clusterArn);
  const first = index === undefined || index >= clusters ? generated : index;
  return {
    scan(start, limit, predicate) {
      const items: T[] = [];
      const at = (position: number): 'taken' | 'skipped' | 'full' => {
        const item = collection.at(position);
        if (item === undefined || (predicate && !predicate(item))) return 'skipped';
        if (items.length === limit) return 'full';
        items.push(item);
        return 'taken';
      };
      let position = start <= first ? first : first + Math.ceil((start - first) / clusters) * clusters;
      for (; position < generated; position += clusters) if (at(position) === 'full') return { items, next: position };
      for (position = Math.max(start, generated); position < collection.endPosition; position++) {
        if (at(position) === 'full') return { items, next: position };
      }
      return { items };
    },
  };
}
