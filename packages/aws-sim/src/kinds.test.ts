import { describe, expect, it } from '@jest/globals';
import { KIND_SPECS, recordId, type SimKind } from './kinds/index.js';
import { COUNTS_BY_SIZE, resolveCounts, SIM_KINDS, type SimSize } from './options.js';
import { SimState } from './world/sim-state.js';
import { SimWorld } from './world/sim-world.js';

const ACCOUNTS = ['111111111111', '222222222222'];
const REGIONS = ['us-east-1', 'eu-west-1'];
const scope = { account: '222222222222', region: 'eu-west-1' };

function worldOf(seed: number, size: SimSize, overrides: Partial<Record<SimKind, number>> = {}): SimWorld {
  return new SimWorld(seed, ACCOUNTS, REGIONS, resolveCounts(size, overrides));
}

describe.each(KIND_SPECS.map((spec) => [spec.kind, spec] as const))('the %s kind', (kind, spec) => {
  it('is listed, and its presets are the counts per size (on top of the items other kinds own)', () => {
    expect(SIM_KINDS).toContain(kind);
    for (const size of ['tiny', 'small', 'medium', 'large'] as const) {
      const owned = 'ownedCount' in spec && spec.ownedCount ? spec.ownedCount(COUNTS_BY_SIZE[size]) : 0;
      expect(COUNTS_BY_SIZE[size][kind]).toBe(spec.counts[size] + owned);
    }
  });

  it('generates the same items from the same seed, and others from another seed', () => {
    const list = (seed: number) => new SimState(worldOf(seed, 'small')).list(kind, scope);
    expect(list(3)).toEqual(list(3));
    expect(list(3).length).toBeGreaterThan(0);
    expect(list(4)).not.toEqual(list(3));
  });

  it('honours the count of each preset and of explicit counts', () => {
    for (const size of ['tiny', 'small', 'medium'] as const) {
      expect(new SimState(worldOf(1, size)).count(kind, scope)).toBe(COUNTS_BY_SIZE[size][kind]);
    }
    const state = new SimState(worldOf(1, 'tiny', { [kind]: 37 }));
    expect(state.count(kind, scope)).toBe(37);
    expect(state.list(kind, scope)).toHaveLength(37);
  });

  it('gives unique ids that decode back to their item, and none to ids of another scope', () => {
    const world = worldOf(9, 'small', { [kind]: 300 });
    const ctx = world.context(scope.account, scope.region);
    const ids = new SimState(world).list(kind, scope).map((record) => recordId(kind, record));
    expect(new Set(ids).size).toBe(300);
    ids.forEach((id, index) => {
      expect(ctx.id(kind, index)).toBe(id);
      expect(ctx.indexOf(kind, id)).toBe(index);
    });
    const elsewhere = world.context('111111111111', 'us-east-1');
    expect(ids.filter((id) => elsewhere.indexOf(kind, id) !== undefined)).toEqual([]);
  });

  it('adds, changes and removes items through the state API', () => {
    const state = new SimState(worldOf(2, 'tiny'));
    const before = state.count(kind, scope);
    const added = state.add(kind, scope);
    const id = recordId(kind, added);
    expect(state.get(kind, scope, id)).toEqual(added);
    expect(state.count(kind, scope)).toBe(before + 1);
    const tags = [{ Key: 'changed', Value: 'yes' }];
    state.update(kind, scope, id, { Tags: tags } as never);
    expect(state.get(kind, scope, id)).toMatchObject({ Tags: tags });
    state.remove(kind, scope, id);
    expect(state.get(kind, scope, id)).toBeUndefined();
    expect(state.count(kind, scope)).toBe(before);
    const [first] = state.list(kind, scope);
    state.remove(kind, scope, recordId(kind, first as never));
    expect(state.count(kind, scope)).toBe(before - 1);
  });
});
