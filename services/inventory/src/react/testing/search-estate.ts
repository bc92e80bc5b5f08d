import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteGraphStore, type EdgeRecord, type ResourceRecord } from '@cloud-inventory/graph-store';
import { InventorySearch } from '../../search/inventory-search.js';
import { KindCatalogue, KIND_CATALOGUE_STREAM, type CatalogueKind } from '../../search/kind-catalogue.js';

/** A real SQLite file holding resources, edges and a kind catalogue, with the inventory's search over it (tests). */
export interface SearchEstate {
  store: SqliteGraphStore;
  search: InventorySearch;
  close(): Promise<void>;
}

export const estateAccount = '111111111111';
export const estateSyncId = 'sync-1';

/** A resource of the estate: account 111111111111, region eu-west-1 unless given. */
export function estateResource(kind: string, id: string, fields: Partial<ResourceRecord> = {}): ResourceRecord {
  return {
    uid: `arn:aws:test:${kind}/${id}`,
    id,
    kind,
    name: id,
    tags: {},
    cloud: 'aws',
    account: estateAccount,
    region: 'eu-west-1',
    serviceGroup: 'EC2',
    data: {},
    ...fields,
  };
}

export async function openSearchEstate(
  resources: ResourceRecord[],
  edges: EdgeRecord[] = [],
  families: Record<string, string[]> = {},
  now: () => Date = () => new Date(),
): Promise<SearchEstate> {
  const dir = await mkdtemp(join(tmpdir(), 'react-search-'));
  const store = new SqliteGraphStore({ path: join(dir, 'inventory.db') });
  await store.init();
  await store.writeResources(estateSyncId, resources);
  await store.writeEdges(estateSyncId, edges);
  const catalogue = Object.entries(families).flatMap(([family, kinds]) =>
    kinds.map((kind) => {
      const body: CatalogueKind = {
        kind,
        provider: 'aws',
        serviceGroup: 'EC2',
        type: kind,
        name: kind,
        isGlobal: false,
        labels: [],
        family,
      };
      return { stream: KIND_CATALOGUE_STREAM, id: kind, subject: 'aws', at: now().toISOString(), body: { ...body } };
    }),
  );
  await store.saveEvents(catalogue);
  const search = new InventorySearch({ store, catalogue: new KindCatalogue(store), now });
  return {
    store,
    search,
    close: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
