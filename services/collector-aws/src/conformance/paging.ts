import type { KindProbe } from '../testing/kind-calls.js';

/** How a kind's listing went, as the wire showed it. */
export interface PagingOutcome {
  /** The listing calls (those a kind alone makes once per scope) and the most calls one region made of each. */
  pages: Record<string, number>;
  paged: boolean;
  line: string;
}

/** The calls a kind makes once per scope when collected alone: its List/Describe, not its per-item calls. */
export function listingCallsOf(probe: KindProbe): string[] {
  return Object.entries(probe.calls)
    .filter(([, calls]) => calls === 1)
    .map(([operation]) => operation);
}

/**
 * Whether a kind read more than one page: its listing calls were answered over several calls in one region. A call
 * AWS does not paginate answers everything at once; the outcome says so instead of claiming pages.
 */
export function pagingOutcome(
  kind: string,
  probe: KindProbe,
  items: number,
  mostCallsInOneRegion: (operation: string) => number,
): PagingOutcome {
  const listing = listingCallsOf(probe);
  if (probe.sharedWith.length > 0) {
    const shared = probe.sharedWith.join(', ');
    return {
      pages: {},
      paged: false,
      line: `${kind}: ${items} items; its calls are not its own (its task also collects ${shared})`,
    };
  }
  if (listing.length === 0) {
    return { pages: {}, paged: false, line: `${kind}: makes no listing call of its own (${items} items)` };
  }
  const pages = Object.fromEntries(listing.map((operation) => [operation, mostCallsInOneRegion(operation)]));
  const paged = Object.values(pages).some((calls) => calls > 1);
  const calls = Object.entries(pages)
    .map(([operation, count]) => `${operation} x${count}`)
    .join(', ');
  const line = paged
    ? `${kind}: ${items} items over several pages (${calls} in one region)`
    : `${kind}: ${items} items, ${calls}: this AWS call does not paginate, one answer holds everything`;
  return { pages, paged, line };
}

/** AWS calls a kind makes per item beyond its listing (S3's five Get* per bucket), from a probe of `items` items. */
export function perItemCallsOf(probe: KindProbe): number {
  const listing = new Set(listingCallsOf(probe));
  const items = Math.max(1, probe.resources.length);
  const perItem = Object.entries(probe.calls).filter(([operation]) => !listing.has(operation));
  return perItem.reduce((sum, [, calls]) => sum + calls, 0) / items;
}

/** `wanted` items, or fewer when the kind's per-item calls would cost more than `callBudget`. */
export function affordableCount(probe: KindProbe, wanted: number, callBudget: number): number {
  const perItem = perItemCallsOf(probe);
  return perItem === 0 ? wanted : Math.min(wanted, Math.floor(callBudget / perItem));
}
