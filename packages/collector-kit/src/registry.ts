import { RegistryDefinitionError, RegistryLookupError } from './errors.js';
import { edgeTargetOf, isReferenceKind, type ManagerClass } from './relationships.js';
import type { ConnectorContext, ResourceConnector } from './resource-connector.js';
import type { ResourceManager } from './resource-manager.js';

export type ConnectorClass<Item> = new (context: ConnectorContext) => ResourceConnector<Item>;

/** One kind: its Connector and its Manager, which says everything else (kind, service group and type, uid, edges). */
export interface KindDeclaration {
  readonly Connector: ConnectorClass<unknown>;
  readonly Manager: ManagerClass;
  readonly manager: ResourceManager<unknown>;
}

/** One registry line: `kind(VolumesConnector, VolumesManager)`; the two must agree on the item type. */
export function kind<Item>(Connector: ConnectorClass<Item>, Manager: new () => ResourceManager<Item>): KindDeclaration {
  return {
    Connector: Connector as ConnectorClass<unknown>,
    Manager: Manager as ManagerClass,
    manager: new Manager() as ResourceManager<unknown>,
  };
}

/** One registered kind, with the task service it belongs to ("ec2"). */
export interface RegistryEntry extends KindDeclaration {
  readonly service: string;
  readonly kind: string;
  readonly isGlobal: boolean;
}

export interface RegistryDefinition {
  provider: string;
  version: string;
  /**
   * Kinds collected by CLOUD_SERVICE tasks, under the task service that collects them (`ec2: [kind(…), …]`): one
   * task per service x region, a global service once. The service is named here only, once.
   */
  services: Readonly<Record<string, readonly KindDeclaration[]>>;
  /** Kinds collected by the REGION task (the account and its regions). */
  regionTask: readonly KindDeclaration[];
  /** The account's enabled regions (opt-in regions that are not enabled are left out). */
  listEnabledRegions(context: ConnectorContext): Promise<string[]>;
}

export interface ServiceSummary {
  service: string;
  isGlobal: boolean;
  kinds: string[];
}

/** The readable list of every kind, looked up by service and kind. Nothing is discovered by scanning. */
export class CollectorRegistry {
  readonly provider: string;
  readonly version: string;
  readonly regionTask: readonly RegistryEntry[];
  readonly listEnabledRegions: RegistryDefinition['listEnabledRegions'];
  private readonly byService = new Map<string, RegistryEntry[]>();
  private readonly byKind = new Map<string, RegistryEntry>();

  constructor(definition: RegistryDefinition) {
    this.provider = definition.provider;
    this.version = definition.version;
    this.listEnabledRegions = definition.listEnabledRegions;
    this.regionTask = definition.regionTask.map((declared) => this.add('', declared));
    for (const [service, declared] of Object.entries(definition.services)) {
      const entries = declared.map((item) => this.add(service, item));
      if (new Set(entries.map((item) => item.isGlobal)).size > 1) {
        throw new RegistryDefinitionError(`service ${service} mixes global and regional kinds`);
      }
      this.byService.set(service, entries);
    }
    for (const item of this.byKind.values()) this.checkRelationships(item);
  }

  private add(service: string, declared: KindDeclaration): RegistryEntry {
    const { manager } = declared;
    if (this.byKind.has(manager.kind)) throw new RegistryDefinitionError(`registry names kind ${manager.kind} twice`);
    const item: RegistryEntry = { ...declared, service, kind: manager.kind, isGlobal: manager.isGlobal };
    this.byKind.set(item.kind, item);
    return item;
  }

  /** Every edge points at a registered kind whose uid is built from an id, or at a reference kind no kind shadows. */
  private checkRelationships(item: RegistryEntry): void {
    for (const relationship of item.manager.relationships) {
      const target = edgeTargetOf(relationship.target);
      if (isReferenceKind(relationship.target)) {
        if (this.byKind.has(target.kind)) {
          throw new RegistryDefinitionError(
            `${item.kind}: edge ${relationship.type} names ${target.kind} as a reference, but the registry collects it`,
          );
        }
        continue;
      }
      const registered = this.byKind.get(target.kind);
      const named =
        typeof relationship.target === 'function'
          ? registered?.Manager === relationship.target
          : registered !== undefined;
      if (!named || registered === undefined) {
        throw new RegistryDefinitionError(
          `${item.kind}: edge ${relationship.type} points at ${target.kind}, which the registry does not name`,
        );
      }
      // an identity's uid builder must be the very one its kind's Manager uses
      if (typeof relationship.target !== 'function' && registered.manager.uid !== target.uid) {
        throw new RegistryDefinitionError(
          `${item.kind}: edge ${relationship.type} builds ${target.kind} uids otherwise than its Manager does`,
        );
      }
    }
  }

  services(): ServiceSummary[] {
    return [...this.byService].map(([service, list]) => ({
      service,
      isGlobal: list[0]?.isGlobal ?? false,
      kinds: list.map((item) => item.kind),
    }));
  }

  hasService(service: string): boolean {
    return this.byService.has(service);
  }

  entriesOf(service: string): readonly RegistryEntry[] {
    const list = this.byService.get(service);
    if (!list) throw new RegistryLookupError('service', service);
    return list;
  }

  isGlobal(service: string): boolean {
    return this.entriesOf(service)[0]?.isGlobal ?? false;
  }

  entryOf(kind: string): RegistryEntry {
    const found = this.byKind.get(kind);
    if (!found) throw new RegistryLookupError('kind', kind);
    return found;
  }

  /** The reference kinds edges point at: things outside the inventory, named by uid (sorted, unique). */
  referenceKinds(): string[] {
    const kinds = new Set<string>();
    for (const item of this.byKind.values()) {
      for (const { target } of item.manager.relationships) if (isReferenceKind(target)) kinds.add(target.kind);
    }
    return [...kinds].sort();
  }

  allEntries(): RegistryEntry[] {
    return [...this.byKind.values()];
  }
}

export function createRegistry(definition: RegistryDefinition): CollectorRegistry {
  return new CollectorRegistry(definition);
}
