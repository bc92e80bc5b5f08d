import { RegistryLookupError } from './errors.js';
import type { ConnectorContext, ResourceConnector } from './resource-connector.js';
import type { ResourceManager } from './resource-manager.js';

export type ConnectorClass<Item> = new (context: ConnectorContext) => ResourceConnector<Item>;
export type ManagerClass<Item> = new () => ResourceManager<Item>;

/** One kind: the task service it belongs to ("ec2"), its type ("Volume"), its Connector and Manager. */
export interface RegistryEntry {
  readonly service: string;
  readonly type: string;
  readonly kind: string;
  readonly isGlobal: boolean;
  readonly Connector: ConnectorClass<unknown>;
  readonly manager: ResourceManager<unknown>;
}

/** One registry line: `entry('ec2', 'Volume', VolumesConnector, VolumesManager)`. */
export function entry<Item>(
  service: string,
  type: string,
  Connector: ConnectorClass<Item>,
  Manager: ManagerClass<Item>,
): RegistryEntry {
  const manager = new Manager();
  if (manager.serviceType.type !== type) {
    throw new Error(`registry entry ${service}/${type}: ${Manager.name} declares type ${manager.serviceType.type}`);
  }
  return {
    service,
    type,
    kind: manager.kind,
    isGlobal: manager.isGlobal,
    Connector: Connector as ConnectorClass<unknown>,
    manager: manager as ResourceManager<unknown>,
  };
}

export interface RegistryDefinition {
  provider: string;
  version: string;
  /** Kinds collected by CLOUD_SERVICE tasks, one task per service x region. */
  services: RegistryEntry[];
  /** Kinds collected by the REGION task (the account and its regions). */
  regionTask: RegistryEntry[];
  /** The account's enabled regions (opt-in regions that are not enabled are left out). */
  listEnabledRegions(context: ConnectorContext): Promise<string[]>;
  /** The region clients of global services and the REGION task are built for. */
  homeRegion: string;
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
  readonly homeRegion: string;
  readonly regionTask: readonly RegistryEntry[];
  readonly listEnabledRegions: RegistryDefinition['listEnabledRegions'];
  private readonly byService = new Map<string, RegistryEntry[]>();
  private readonly byKind = new Map<string, RegistryEntry>();

  constructor(definition: RegistryDefinition) {
    this.provider = definition.provider;
    this.version = definition.version;
    this.homeRegion = definition.homeRegion;
    this.regionTask = definition.regionTask;
    this.listEnabledRegions = definition.listEnabledRegions;
    for (const item of [...definition.services, ...definition.regionTask]) {
      if (this.byKind.has(item.kind)) throw new Error(`registry names kind ${item.kind} twice`);
      this.byKind.set(item.kind, item);
    }
    for (const item of definition.services) {
      const list = this.byService.get(item.service) ?? [];
      list.push(item);
      this.byService.set(item.service, list);
    }
    for (const [service, list] of this.byService) {
      if (new Set(list.map((item) => item.isGlobal)).size > 1) {
        throw new Error(`service ${service} mixes global and regional kinds`);
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

  allEntries(): RegistryEntry[] {
    return [...this.byKind.values()];
  }
}

export function createRegistry(definition: RegistryDefinition): CollectorRegistry {
  return new CollectorRegistry(definition);
}
