import { describe, expect, it } from '@jest/globals';
import { LeaseLostError } from '../errors.js';
import type { GraphStore, Lease, LeaseFence, LeaseRequest } from '../graph-store.js';
import type { ContractContext } from './contract-context.js';
import { edge, instance, scopeOf, volume } from './fixtures.js';
import { job } from './jobs.cases.js';

const name = 'inventory-sync';
const long = 60_000;

/** Tries to acquire until it succeeds (the other holder's short lease expiring), bounded. */
async function acquireOnceFree(store: GraphStore, request: LeaseRequest, withinMs = 10_000): Promise<Lease> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const lease = await store.acquireLease(request);
    if (lease) return lease;
    if (Date.now() > deadline) throw new Error(`lease ${request.name} still held after ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function describeLeases(context: ContractContext): void {
  describe('leases', () => {
    it('gives a free lease to the first holder with token 1 and an expiry by the store clock', async () => {
      const store = await context.open();
      const before = Date.now();
      const lease = await store.acquireLease({ name, holder: 'a', ttlMs: long });
      expect(lease).toMatchObject({ name, holder: 'a', token: 1 });
      // The store's clock, not ours: allow a little skew between the two.
      const expiresAt = Date.parse(lease!.expiresAt);
      expect(expiresAt).toBeGreaterThan(before + long - 5_000);
      expect(expiresAt).toBeLessThan(Date.now() + long + 5_000);
    });

    it('refuses the lease to another holder while it is live, and renews it for its holder with the same token', async () => {
      const store = await context.open();
      const first = await store.acquireLease({ name, holder: 'a', ttlMs: 10_000 });
      expect(await store.acquireLease({ name, holder: 'b', ttlMs: long })).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const renewed = await store.acquireLease({ name, holder: 'a', ttlMs: long });
      expect(renewed).toMatchObject({ holder: 'a', token: first!.token });
      expect(Date.parse(renewed!.expiresAt)).toBeGreaterThan(Date.parse(first!.expiresAt));
      // Another name is another lease.
      expect(await store.acquireLease({ name: 'other', holder: 'b', ttlMs: long })).toMatchObject({ token: 1 });
    });

    it('lets another holder take an expired lease, with a higher token; the old holder cannot renew it', async () => {
      const store = await context.open();
      const first = await store.acquireLease({ name, holder: 'a', ttlMs: 300 });
      const taken = await acquireOnceFree(store, { name, holder: 'b', ttlMs: long });
      expect(taken).toMatchObject({ holder: 'b', token: first!.token + 1 });
      expect(await store.acquireLease({ name, holder: 'a', ttlMs: long })).toBeUndefined();
    });

    it('frees a lease on release by its holder and token only; the next holder gets the next token', async () => {
      const store = await context.open();
      const first = await store.acquireLease({ name, holder: 'a', ttlMs: long });
      expect(await store.releaseLease(name, 'b', first!.token)).toBe(false);
      expect(await store.releaseLease(name, 'a', first!.token + 1)).toBe(false);
      expect(await store.acquireLease({ name, holder: 'b', ttlMs: long })).toBeUndefined();
      expect(await store.releaseLease(name, 'a', first!.token)).toBe(true);
      expect(await store.acquireLease({ name, holder: 'b', ttlMs: long })).toMatchObject({ token: 2 });
      expect(await store.releaseLease('never-taken', 'a', 1)).toBe(false);
    });

    it('rejects every fenced write of a token that is no longer current, writing nothing of it', async () => {
      const store = await context.open();
      const [vol, inst] = [volume('vol-1'), instance('i-1')];
      const old = await store.acquireLease({ name, holder: 'a', ttlMs: long });
      const oldFence: LeaseFence = { lease: name, token: old!.token };
      const running = job('job-1', '2024-01-01T00:00:00.000Z', { state: 'IN_PROGRESS', leaseToken: old!.token });
      await store.saveJob(running, oldFence);
      await store.writeBatch('job-1', { resources: [vol, inst], edges: [edge(inst, 'attached_to', vol)] }, oldFence);
      await store.releaseLease(name, 'a', old!.token);
      const current = await store.acquireLease({ name, holder: 'b', ttlMs: long });
      const aborted = { ...running, state: 'ABORTED' as const, leaseToken: current!.token };
      await store.saveJob(aborted, { lease: name, token: current!.token });

      const stale: Array<[string, () => Promise<unknown>]> = [
        ['writeResources', () => store.writeResources('job-1', [volume('vol-2')], oldFence)],
        ['writeEdges', () => store.writeEdges('job-1', [edge(vol, 'attached_to', inst)], oldFence)],
        ['writeBatch', () => store.writeBatch('job-1', { resources: [volume('vol-3')], edges: [] }, oldFence)],
        ['finishSync', () => store.finishSync('job-stale', [scopeOf(inst)], oldFence)],
        ['markOrphaned', () => store.markOrphaned([scopeOf(vol)], '2024-01-02T00:00:00.000Z', oldFence)],
        ['unmarkOrphaned', () => store.unmarkOrphaned([scopeOf(vol)], oldFence)],
        ['deleteResources', () => store.deleteResources('job-1', { accounts: [vol.account] }, oldFence)],
        ['saveJob', () => store.saveJob({ ...running, state: 'SUCCESS' }, oldFence)],
      ];
      for (const [write, call] of stale) {
        const error = await call().then(
          () => undefined,
          (thrown: unknown) => thrown,
        );
        expect([write, error]).toEqual([write, expect.any(LeaseLostError)]);
        expect(error).toMatchObject({ code: 'LEASE_LOST', lease: name, token: old!.token, currentToken: 2 });
      }
      expect(await store.getJob('job-1')).toEqual(aborted);
      expect((await store.listResources({})).items.map((item) => [item.uid, item.orphanedSince])).toEqual(
        [vol, inst].map((item) => [item.uid, undefined]).sort(),
      );
      expect(await store.countEdges()).toBe(1);
      expect((await store.listChanges({ changes: ['deleted'] })).items).toEqual([]);

      // The current token writes.
      const fence = { lease: name, token: current!.token };
      expect(await store.writeBatch('job-2', { resources: [volume('vol-2')], edges: [] }, fence)).toMatchObject({
        created: 1,
      });
      expect((await store.finishSync('job-2', [scopeOf(vol)], fence)).deleted).toBe(1);
      expect(await store.getResource(vol.uid)).toBeUndefined();
    });

    it('rejects a fenced write naming a lease nobody took', async () => {
      const store = await context.open();
      await expect(
        store.writeBatch('job-1', { resources: [volume('vol-1')], edges: [] }, { lease: 'nobody', token: 1 }),
      ).rejects.toMatchObject({ code: 'LEASE_LOST', currentToken: undefined });
      expect(await store.getResource(volume('vol-1').uid)).toBeUndefined();
    });

    it('keeps the job fields that say what was asked and who ran it', async () => {
      const store = await context.open();
      const requested = job('job-1', '2024-01-01T00:00:00.000Z', {
        request: { accounts: ['main'], services: ['ec2'], regions: ['eu-west-1'] },
        holder: 'host:123:abcd',
        leaseToken: 7,
      });
      await store.saveJob(requested);
      expect(await store.getJob('job-1')).toEqual(requested);
    });

    it('refuses malformed lease arguments, naming the field', async () => {
      const store = await context.open();
      await expect(store.acquireLease({ name: '', holder: 'a', ttlMs: 1000 })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'name',
      });
      await expect(store.acquireLease({ name, holder: 'x'.repeat(201), ttlMs: 1000 })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'holder',
      });
      for (const ttlMs of [0, 1.5, 86_400_001]) {
        await expect(store.acquireLease({ name, holder: 'a', ttlMs })).rejects.toMatchObject({ field: 'ttlMs' });
      }
      await expect(store.releaseLease(name, 'a', 0)).rejects.toMatchObject({ field: 'token' });
      await expect(
        store.writeBatch('job-1', { resources: [], edges: [] }, { lease: name, token: -1 }),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', field: 'fence.token' });
    });
  });
}
