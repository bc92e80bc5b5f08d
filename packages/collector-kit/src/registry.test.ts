import { describe, expect, it } from '@jest/globals';
import { arnFor, awsTags, rawExcept, required, uidFromField } from './mapping-helpers.js';
import { RegistryDefinitionError } from './errors.js';
import { createRegistry, kind, type KindDeclaration } from './registry.js';
import { edge, kindRef, type EdgeTarget } from './relationships.js';
import { ResourceConnector } from './resource-connector.js';
import { ResourceManager } from './resource-manager.js';

const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };

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

  it("takes an edge to a kindRef whose uid builder the kind's Manager uses, and refuses one it does not", () => {
    const parentRef = kindRef('test_ref_parent', arnFor('test', 'parent/'));
    class RefParentsManager extends ThingManager {
      readonly kind = parentRef.kind;
      readonly serviceType = { group: 'Test', type: 'RefParent' };
      override readonly uid = parentRef.uid;
    }
    const edgeTo = (target: EdgeTarget) =>
      class extends ThingManager {
        readonly kind = 'test_ref_child';
        readonly serviceType = { group: 'Test', type: 'RefChild' };
        override readonly relationships = [edge('child_of', target, (thing: Thing) => thing.ParentId)];
      };
    const registry = registryOf({ things: [line(RefParentsManager), line(edgeTo(parentRef))] });
    const child = registry.allEntries().find((entry) => entry.kind === 'test_ref_child');
    expect(child?.manager.map({ Id: 'c-1', ParentId: 'p-1' }, scope).relationships).toEqual([
      {
        type: 'child_of',
        target_kind: 'test_ref_parent',
        target_uid: 'arn:aws:test:eu-west-1:123456789012:parent/p-1',
      },
    ]);
    const lookalike = kindRef('test_ref_parent', arnFor('test', 'parent/'));
    expect(() => registryOf({ things: [line(RefParentsManager), line(edgeTo(lookalike))] })).toThrow(
      new RegistryDefinitionError(
        'test_ref_child: edge child_of points at test_ref_parent, which the registry does not name with that uid ' +
          '(its Manager does not build its uid with the kindRef)',
      ),
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
});
