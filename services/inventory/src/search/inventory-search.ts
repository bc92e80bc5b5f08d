import { formatFieldPath, parseSearch, resolveSearch, validateSearch, valuesAt } from '@cloud-inventory/graph-store';
import type { GraphStore, PageRequest, SearchQuery, StoredResource } from '@cloud-inventory/graph-store';
import type { KindCatalogue } from './kind-catalogue.js';
import { assertKnownKindNames } from './kind-names.js';
import type { Projection, SearchResult, SearchRunner } from './search-runner.js';

export interface InventorySearchDeps {
  store: GraphStore;
  catalogue: KindCatalogue;
  /** The inventory's clock: relative times (`now-90d`, `age`) are resolved against it. */
  now: () => Date;
}

/** The SearchRunner of the inventory: parse, validate, check kind names, resolve, run on the store, project. */
export class InventorySearch implements SearchRunner {
  constructor(private readonly deps: InventorySearchDeps) {}

  async search(query: string | SearchQuery, page?: PageRequest): Promise<SearchResult> {
    await this.deps.catalogue.read();
    const resolved = this.prepare(query);
    const found = await this.deps.store.search(resolved, page);
    if (resolved.target !== 'resources' || !resolved.fields || resolved.fields.length === 0)
      return { ...found, query: resolved };
    const { resources, ...rest } = found;
    const fields = resolved.fields;
    return { ...rest, query: resolved, projections: (resources ?? []).map((resource) => project(resource, fields)) };
  }

  /** Uses the catalogue as last read (search reads it first). */
  prepare(query: string | SearchQuery): SearchQuery {
    const valid = validateSearch(typeof query === 'string' ? parseSearch(query) : query, 'query');
    const catalogue = this.deps.catalogue.current;
    assertKnownKindNames(valid, catalogue);
    return resolveSearch(valid, { now: this.deps.now(), families: catalogue.families });
  }
}

function project(
  resource: StoredResource,
  fields: NonNullable<Extract<SearchQuery, { target: 'resources' }>['fields']>,
): Projection {
  return {
    uid: resource.uid,
    values: fields.map((path) => ({ field: formatFieldPath(path), value: valuesAt(resource, path) })),
  };
}
