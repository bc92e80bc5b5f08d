import type { EventRecord, GraphStore } from '@cloud-inventory/graph-store';
import type { CloudServiceType__Output } from '@cloud-inventory/protocol';

/** The store's event stream of the kinds the collectors declare (their CLOUD_SERVICE_TYPE task), one record a kind. */
export const KIND_CATALOGUE_STREAM = 'kind_catalogue';

/** One kind as its collector declares it. */
export interface CatalogueKind {
  kind: string;
  provider: string;
  serviceGroup: string;
  type: string;
  name: string;
  isGlobal: boolean;
  labels: string[];
  /** Empty when the kind belongs to no family. */
  family: string;
}

/** Saves (replaces) the kinds a CLOUD_SERVICE_TYPE task answered; kinds a collector no longer declares stay. */
export async function saveKindCatalogue(store: GraphStore, types: CloudServiceType__Output[], at: Date): Promise<void> {
  const events: EventRecord[] = types
    .filter((type) => type.kind !== '')
    .map((type) => {
      const body: CatalogueKind = {
        kind: type.kind,
        provider: type.provider,
        serviceGroup: type.service_group,
        type: type.type,
        name: type.name,
        isGlobal: type.is_global,
        labels: [...type.labels],
        family: type.family,
      };
      return {
        stream: KIND_CATALOGUE_STREAM,
        id: type.kind,
        subject: type.provider,
        at: at.toISOString(),
        body: { ...body },
      };
    });
  for (let start = 0; start < events.length; start += 500) await store.saveEvents(events.slice(start, start + 500));
}

/** What searches resolve names with: each family's kinds, every declared kind, and the providers (kind prefixes). */
export interface KindCatalogueSnapshot {
  families: ReadonlyMap<string, readonly string[]>;
  kinds: ReadonlySet<string>;
  providers: ReadonlySet<string>;
}

const emptySnapshot: KindCatalogueSnapshot = { families: new Map(), kinds: new Set(), providers: new Set() };

/**
 * The stored catalogue, read once and kept until `invalidate` (after each sync, which may have declared new kinds).
 * `current` is what was read last, for callers that cannot wait (the react configuration's checks).
 */
export class KindCatalogue {
  private snapshot = emptySnapshot;
  private loading: Promise<KindCatalogueSnapshot> | undefined;

  constructor(private readonly store: GraphStore) {}

  get current(): KindCatalogueSnapshot {
    return this.snapshot;
  }

  /** The catalogue as stored, read again if it was invalidated since the last read. */
  async read(): Promise<KindCatalogueSnapshot> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  invalidate(): void {
    this.loading = undefined;
  }

  private async load(): Promise<KindCatalogueSnapshot> {
    const families = new Map<string, string[]>();
    const kinds = new Set<string>();
    const providers = new Set<string>();
    let pageToken: string | undefined;
    do {
      const page = await this.store.listEvents(
        { stream: KIND_CATALOGUE_STREAM },
        { limit: 1000, ...(pageToken ? { pageToken } : {}) },
      );
      for (const event of page.items) {
        const entry = event.body as unknown as CatalogueKind;
        kinds.add(entry.kind);
        if (entry.provider) providers.add(entry.provider);
        if (entry.family) families.set(entry.family, [...(families.get(entry.family) ?? []), entry.kind]);
      }
      pageToken = page.nextPageToken;
    } while (pageToken);
    for (const members of families.values()) members.sort();
    this.snapshot = { families, kinds, providers };
    return this.snapshot;
  }
}
