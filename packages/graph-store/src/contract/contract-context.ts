import { afterEach } from '@jest/globals';
import type { GraphStore } from '../graph-store.js';

export interface GraphStoreContractOptions {
  /** Closes the given store and opens a new one over the same data; enables the "reopened store" cases. */
  reopen?: (store: GraphStore) => Promise<GraphStore>;
  /** Skips the whole suite and says why in its title (e.g. no Neo4j reachable). */
  skipReason?: string;
}

/** What each group of cases gets: stores that are initialised for it and closed after every test. */
export interface ContractContext {
  open(): Promise<GraphStore>;
  reopen?: (store: GraphStore) => Promise<GraphStore>;
}

export function createContractContext(
  openStore: () => Promise<GraphStore>,
  options: GraphStoreContractOptions,
): ContractContext {
  const openStores = new Set<GraphStore>();
  afterEach(async () => {
    const stores = [...openStores];
    openStores.clear();
    await Promise.all(stores.map((store) => store.close()));
  });
  const context: ContractContext = {
    async open() {
      const store = await openStore();
      openStores.add(store);
      await store.init();
      return store;
    },
  };
  const reopen = options.reopen;
  if (reopen) {
    context.reopen = async (store) => {
      openStores.delete(store);
      const reopened = await reopen(store);
      openStores.add(reopened);
      await reopened.init();
      return reopened;
    };
  }
  return context;
}
