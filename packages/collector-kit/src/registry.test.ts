import { describe, expect, it } from '@jest/globals';
import { arnFor, awsTags, rawExcept, required, uidFromField } from './mapping-helpers.js';
import { RegistryDefinitionError } from './errors.js';
import { createRegistry, kind, type KindDeclaration } from './registry.js';
import { edge, kindIdentity, ref, referenceKind } from './relationships.js';
import { ResourceConnector } from './resource-connector.js';
import { ResourceManager } from './resource-manager.js';

interface Thing {
  Id: string;
  Arn?: string;
  ParentId?: string;
  Tags?: { Key: string; Value: string }[];
}

class NothingConnector extends ResourceConnector<Thing> {
  readonly calls = [];
  async *items(): AsyncIterable<Thing> {}
}

abstract class ThingManager extends ResourceManager<Thing> {
  readonly uid: ResourceManager<Thing>['uid'] = arnFor('test', 'thing/');
  readonly mapping = { id: required('Id'), name: required('Id'), tags: awsTags(), data: rawExcept<Thing>('Tags') };
}
class ParentsManager extends ThingManager {
  readonly kind = 'test_parent';
  readonly serviceType = { group: 'Test', type: 'Parent' };
}
class ChildrenManager extends ThingManager {
  readonly kind = 'test_child';
  readonly serviceType = { group: 'Test', type: 'Child' };
  override readonly relationships = [edge('child_of', ParentsManager, (thing: Thing) => thing.ParentId)];
}
class OtherParentsManager extends ParentsManager {}
class GlobalThingsManager extends ThingManager {
  readonly kind = 'test_global';
  readonly serviceType = { group: 'Test', type: 'Global' };
  override readonly isGlobal = true;
}
class ArnThingsManager extends ThingManager {
  readonly kind = 'test_arn_thing';
  readonly serviceType = { group: 'Test', type: 'ArnThing' };
  override readonly uid = uidFromField('Arn');
}
class ToArnThingsManager extends ThingManager {
  readonly kind = 'test_to_arn_thing';
  readonly serviceType = { group: 'Test', type: 'ToArnThing' };
  override readonly relationships = [edge('points_at', ArnThingsManager, (thing: Thing) => thing.ParentId)];
}

// A kind whose Manager takes its kind and uid from an identity, which an edge may point at without importing it.
const LEAF = kindIdentity('test_leaf', arnFor('test', 'leaf/'));
class LeavesManager extends ThingManager {
  readonly kind = LEAF.kind;
  override readonly uid = LEAF.uid;
  readonly serviceType = { group: 'Test', type: 'Leaf' };
}
class ToLeavesManager extends ThingManager {
  readonly kind = 'test_to_leaf';
  readonly serviceType = { group: 'Test', type: 'ToLeaf' };
  override readonly relationships = [edge('grows', LEAF, (thing: Thing) => thing.ParentId)];
}
class ToFakeLeavesManager extends ThingManager {
  readonly kind = 'test_to_fake_leaf';
  readonly serviceType = { group: 'Test', type: 'ToFakeLeaf' };
  override readonly relationships = [
    edge('grows', kindIdentity('test_leaf', arnFor('test', 'leaf/')), (thing: Thing) => thing.ParentId),
  ];
}
const services = referenceKind('test_service', (name) => `test:service:${name}`);
class TrustingThingsManager extends ThingManager {
  readonly kind = 'test_trusting';
  readonly serviceType = { group: 'Test', type: 'Trusting' };
  override readonly relationships = [edge('trusts', services, (thing: Thing) => thing.ParentId)];
}
class ShadowingThingsManager extends ThingManager {
  readonly kind = 'test_service';
  readonly serviceType = { group: 'Test', type: 'Service' };
}

const line = (Manager: new () => ResourceManager<Thing>) => kind(NothingConnector, Manager);

function registryOf(services: Record<string, KindDeclaration[]>) {
  return createRegistry({
    provider: 'test',
    version: '0',
    services,
    regionTask: [],
    listEnabledRegions: () => Promise.resolve([]),
  });
}

describe('the registry', () => {
  it('takes kinds from their Managers, under the task service of their line', () => {
    const registry = registryOf({ things: [line(ParentsManager), line(ChildrenManager)] });
    expect(registry.services()).toEqual([{ service: 'things', isGlobal: false, kinds: ['test_parent', 'test_child'] }]);
    expect(registry.entryOf('test_child')).toMatchObject({ service: 'things', kind: 'test_child', isGlobal: false });
  });

  it("gives an edge its target's kind and uid, from the target's Manager", () => {
    registryOf({ things: [line(ParentsManager), line(ChildrenManager)] });
    const child = new ChildrenManager().map(
      { Id: 'c-1', ParentId: 'p-1' },
      { partition: 'aws', account: '1', region: 'r-1' },
    );
    expect(child.relationships).toEqual([
      { type: 'child_of', target_kind: 'test_parent', target_uid: 'arn:aws:test:r-1:1:thing/p-1' },
    ]);
  });

  it('refuses an edge whose target kind is not registered', () => {
    expect(() => registryOf({ things: [line(ChildrenManager)] })).toThrow(
      new RegistryDefinitionError('test_child: edge child_of points at test_parent, which the registry does not name'),
    );
  });

  it('refuses two kinds with one name', () => {
    expect(() => registryOf({ things: [line(ParentsManager)], more: [line(OtherParentsManager)] })).toThrow(
      new RegistryDefinitionError('registry names kind test_parent twice'),
    );
  });

  it('refuses a service mixing global and regional kinds', () => {
    expect(() => registryOf({ things: [line(ParentsManager), line(GlobalThingsManager)] })).toThrow(
      new RegistryDefinitionError('service things mixes global and regional kinds'),
    );
  });

  it('refuses an edge to a kind whose uid needs the whole item', () => {
    expect(() => registryOf({ things: [line(ArnThingsManager), line(ToArnThingsManager)] })).toThrow(
      RegistryDefinitionError,
    );
    expect(() => registryOf({ things: [line(ArnThingsManager), line(ToArnThingsManager)] })).toThrow(
      /ArnThingsManager \(test_arn_thing\) builds its uid from the whole item/,
    );
  });

  it("takes an edge to a kind's identity, where its Manager builds uids with that identity's builder", () => {
    registryOf({ things: [line(LeavesManager), line(ToLeavesManager)] });
    const mapped = new ToLeavesManager().map(
      { Id: 't-1', ParentId: 'l-1' },
      { partition: 'aws', account: '1', region: 'r' },
    );
    expect(mapped.relationships).toEqual([
      { type: 'grows', target_kind: 'test_leaf', target_uid: 'arn:aws:test:r:1:leaf/l-1' },
    ]);
    expect(() => registryOf({ things: [line(ToLeavesManager)] })).toThrow(
      new RegistryDefinitionError('test_to_leaf: edge grows points at test_leaf, which the registry does not name'),
    );
    expect(() => registryOf({ things: [line(LeavesManager), line(ToFakeLeavesManager)] })).toThrow(
      new RegistryDefinitionError(
        'test_to_fake_leaf: edge grows builds test_leaf uids otherwise than its Manager does',
      ),
    );
  });

  it('emits each edge once, however often the item names its target', () => {
    const manager = new ChildrenManager();
    (manager as { relationships: unknown }).relationships = [
      edge('child_of', ParentsManager, (thing: Thing) => [thing.ParentId, thing.ParentId]),
      edge('child_of', ParentsManager, (thing: Thing) => thing.ParentId),
      edge('child_of', ParentsManager, () => 'p-2'),
    ];
    const mapped = manager.map({ Id: 'c-1', ParentId: 'p-1' }, { partition: 'aws', account: '1', region: 'r-1' });
    expect(mapped.relationships.map((r) => r.target_uid)).toEqual([
      'arn:aws:test:r-1:1:thing/p-1',
      'arn:aws:test:r-1:1:thing/p-2',
    ]);
  });

  it('builds the uid of a target in another account or region from its reference', () => {
    const manager = new ChildrenManager();
    (manager as { relationships: unknown }).relationships = [
      edge('child_of', ParentsManager, (thing: Thing) => [
        ref(thing.ParentId, { account: '2', region: 'r-2' }),
        ref(thing.ParentId, { account: '', region: undefined }),
        ref(undefined, { account: '2' }),
      ]),
    ];
    const mapped = manager.map({ Id: 'c-1', ParentId: 'p-1' }, { partition: 'aws-cn', account: '1', region: 'r-1' });
    expect(mapped.relationships).toEqual([
      { type: 'child_of', target_kind: 'test_parent', target_uid: 'arn:aws-cn:test:r-2:2:thing/p-1' },
      { type: 'child_of', target_kind: 'test_parent', target_uid: 'arn:aws-cn:test:r-1:1:thing/p-1' },
    ]);
  });
  it('lets an edge point at a reference kind by uid alone, and lists the reference kinds', () => {
    const registry = registryOf({ things: [line(TrustingThingsManager)] });
    const trusting = new TrustingThingsManager().map(
      { Id: 't-1', ParentId: 'ec2' },
      { partition: 'aws', account: '1', region: 'r-1' },
    );
    expect(trusting.relationships).toEqual([
      { type: 'trusts', target_kind: 'test_service', target_uid: 'test:service:ec2' },
    ]);
    expect(registry.referenceKinds()).toEqual(['test_service']);
  });

  it('refuses a reference kind that the registry also collects', () => {
    expect(() => registryOf({ things: [line(TrustingThingsManager), line(ShadowingThingsManager)] })).toThrow(
      new RegistryDefinitionError(
        'test_trusting: edge trusts names test_service as a reference, but the registry collects it',
      ),
    );
  });
});
