import { describe, it } from '@jest/globals';
import type { GraphStore } from '../graph-store.js';
import { describeAggregates } from './aggregate.cases.js';
import { describeBatches } from './batch.cases.js';
import { describeChangeLog } from './changes.cases.js';
import { describeCleanup } from './cleanup.cases.js';
import { createContractContext, type GraphStoreContractOptions } from './contract-context.js';
import { describeDanglingEdges } from './dangling.cases.js';
import { describeEdges } from './edges.cases.js';
import { describeEvents } from './events.cases.js';
import { describeFilterLimits } from './filter-limits.cases.js';
import { describeHostileInput } from './hostile.cases.js';
import { describeJobs } from './jobs.cases.js';
import { describeLeases } from './lease.cases.js';
import { describeListing } from './list.cases.js';
import { describeNeighbors } from './neighbors.cases.js';
import { describeOrphans } from './orphans.cases.js';
import { describeRelated } from './related.cases.js';
import { describeReopen } from './reopen.cases.js';
import { describeSearch } from './search.cases.js';
import { describeWrites } from './writes.cases.js';

export type { GraphStoreContractOptions } from './contract-context.js';

/**
 * The behaviour every GraphStore adapter must show. `openStore` returns a store over EMPTY data, not yet
 * initialised (the suite calls `init()`); every store it opens is closed after its test. Adapters with a bounded
 * cleanup batch should open stores with a small one (a few rows) so the cleanup cases cross batch boundaries.
 */
export function describeGraphStoreContract(
  name: string,
  openStore: () => Promise<GraphStore>,
  options: GraphStoreContractOptions = {},
): void {
  if (options.skipReason !== undefined) {
    describe.skip(`${name} graph store contract (skipped: ${options.skipReason})`, () => {
      it.todo('runs when the store is available');
    });
    return;
  }
  describe(`${name} graph store contract`, () => {
    const context = createContractContext(openStore, options);
    describeWrites(context);
    describeEdges(context);
    describeBatches(context);
    describeDanglingEdges(context);
    describeCleanup(context);
    describeOrphans(context);
    describeChangeLog(context);
    describeListing(context);
    describeFilterLimits(context);
    describeNeighbors(context);
    describeRelated(context);
    describeAggregates(context);
    describeJobs(context);
    describeLeases(context);
    describeEvents(context);
    describeHostileInput(context);
    describeReopen(context);
    describeSearch(context);
  });
}
