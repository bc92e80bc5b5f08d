import { DuplicateResourceError, UnknownResourceError } from '../errors.js';
import type { SimKind } from '../options.js';
import {
  generateAddress,
  generateImage,
  generateInstance,
  generateSnapshot,
  generateVolume,
} from './generate-compute.js';
import { generateSecurityGroup, generateSubnet, generateVpc } from './generate-network.js';
import { generateBucket, generateTrail } from './generate-storage.js';
import type { SimBucket, SimRecordByKind } from './records.js';
import type { ScopeContext } from './scope-context.js';
import type { SimWorld } from './sim-world.js';

/** Where a resource lives: an account and a region (a bucket's region is its location, a trail's its home region). */
export interface ResourceScope {
  account: string;
  region: string;
}

const GENERATORS: { [K in SimKind]: (ctx: ScopeContext, index: number) => SimRecordByKind[K] } = {
  instance: generateInstance,
  volume: generateVolume,
  snapshot: generateSnapshot,
  image: generateImage,
  vpc: generateVpc,
  subnet: generateSubnet,
  securityGroup: generateSecurityGroup,
  address: generateAddress,
  bucket: generateBucket,
  trail: generateTrail,
};

const ID_FIELDS: { [K in SimKind]: keyof SimRecordByKind[K] } = {
  instance: 'InstanceId',
  volume: 'VolumeId',
  snapshot: 'SnapshotId',
  image: 'ImageId',
  vpc: 'VpcId',
  subnet: 'SubnetId',
  securityGroup: 'GroupId',
  address: 'AllocationId',
  bucket: 'Name',
  trail: 'Name',
};

/** The id of a record: InstanceId, VolumeId..., a bucket's or trail's Name. */
export function recordId<K extends SimKind>(kind: K, record: SimRecordByKind[K]): string {
  return String(record[ID_FIELDS[kind]]);
}

/**
 * Programmatic access to the simulated resources. Changes are visible to the next API call. Generated data keeps
 * its relationships consistent; records you add or change are taken as given (keep both sides consistent yourself),
 * except that removing an instance terminates it the way AWS does: its DeleteOnTermination volumes go, its other
 * volumes become available and its elastic IPs are disassociated.
 */
export class SimState {
  constructor(private readonly world: SimWorld) {}

  /** All items of a kind in one account x region (materialised: use `count` for large scopes). */
  list<K extends SimKind>(kind: K, scope: ResourceScope): SimRecordByKind[K][] {
    return [...this.world.collection(kind, scope.account, scope.region).all()];
  }

  count(kind: SimKind, scope: ResourceScope): number {
    return this.world.collection(kind, scope.account, scope.region).count();
  }

  get<K extends SimKind>(kind: K, scope: ResourceScope, id: string): SimRecordByKind[K] | undefined {
    return this.world.collection(kind, scope.account, scope.region).get(id);
  }

  /** Adds a resource: a complete, consistent record is generated and `fields` override parts of it. */
  add<K extends SimKind>(kind: K, scope: ResourceScope, fields: Partial<SimRecordByKind[K]> = {}): SimRecordByKind[K] {
    const collection = this.world.collection(kind, scope.account, scope.region);
    const ctx = this.world.context(scope.account, scope.region);
    const generated = GENERATORS[kind](ctx, collection.nextAddedIndex());
    const record = { ...generated, ...fields } as SimRecordByKind[K];
    if (kind === 'trail') {
      const trail = record as SimRecordByKind['trail'];
      const trailFields = fields as Partial<SimRecordByKind['trail']>;
      if (trailFields.Name !== undefined && trailFields.TrailARN === undefined) {
        trail.TrailARN = `arn:aws:cloudtrail:${scope.region}:${scope.account}:trail/${trail.Name}`;
      }
      trail.HomeRegion = scope.region;
    }
    if (kind === 'bucket') (record as SimBucket).Region = scope.region;
    const id = recordId(kind, record);
    if (this.findExisting(kind, scope, id)) throw new DuplicateResourceError(kind, id);
    collection.add(record);
    return record;
  }

  /** Changes fields of an existing resource (its id stays). */
  update<K extends SimKind>(
    kind: K,
    scope: ResourceScope,
    id: string,
    patch: Partial<SimRecordByKind[K]>,
  ): SimRecordByKind[K] {
    const collection = this.world.collection(kind, scope.account, scope.region);
    const current = collection.get(id);
    if (!current) throw new UnknownResourceError(kind, id);
    const updated = { ...current, ...patch, [ID_FIELDS[kind]]: id } as SimRecordByKind[K];
    collection.replace(id, updated);
    return updated;
  }

  remove(kind: SimKind, scope: ResourceScope, id: string): void {
    const collection = this.world.collection(kind, scope.account, scope.region);
    const current = collection.get(id);
    if (!current) throw new UnknownResourceError(kind, id);
    collection.remove(id);
    if (kind === 'instance') this.terminate(scope, current as SimRecordByKind['instance']);
  }

  private terminate(scope: ResourceScope, instance: SimRecordByKind['instance']): void {
    const volumes = this.world.collection('volume', scope.account, scope.region);
    for (const mapping of instance.BlockDeviceMappings) {
      const volume = volumes.get(mapping.VolumeId);
      if (!volume || !volume.Attachments.some((a) => a.InstanceId === instance.InstanceId)) continue;
      if (mapping.DeleteOnTermination) volumes.remove(mapping.VolumeId);
      else volumes.replace(mapping.VolumeId, { ...volume, State: 'available', Attachments: [] });
    }
    const addresses = this.world.collection('address', scope.account, scope.region);
    for (const address of [...addresses.all()]) {
      if (address.InstanceId !== instance.InstanceId) continue;
      const {
        InstanceId: _instance,
        AssociationId: _association,
        NetworkInterfaceId: _eni,
        PrivateIpAddress: _ip,
        ...rest
      } = address;
      addresses.replace(address.AllocationId, rest);
    }
  }

  /** Buckets are named globally, so a new bucket's name must be free in every scope. */
  private findExisting(kind: SimKind, scope: ResourceScope, id: string): boolean {
    if (kind !== 'bucket') return this.world.collection(kind, scope.account, scope.region).get(id) !== undefined;
    return this.world.findBucket(id) !== undefined;
  }
}
