import { describe, expect, it } from '@jest/globals';
import type { ContractContext } from './contract-context.js';
import { edge, instance, scopeOf, volume } from './fixtures.js';

/** Strings that break naive query building in SQL or Cypher. */
export const HOSTILE_STRINGS = [
  `it's "quoted"`,
  'back`tick` `) DETACH DELETE n //',
  '{braces} ${dollar} $param {{x}}',
  "'); DROP TABLE resources; --",
  '"}) MATCH (n) DETACH DELETE n //',
  'unicode ☃ 雪 \u{1F600} é\u0301 \u200b',
  'new\nline\ttab\\backslash\0nul',
  'x'.repeat(10_000),
];

export function describeHostileInput(context: ContractContext): void {
  describe('hostile input', () => {
    const tags = Object.fromEntries(
      HOSTILE_STRINGS.map((text, index) => [text, HOSTILE_STRINGS[(index + 3) % HOSTILE_STRINGS.length]!]),
    );
    const victim = volume('vol-hostile', {
      name: HOSTILE_STRINGS[3],
      tags,
      data: Object.fromEntries(
        HOSTILE_STRINGS.map((text, index) => [text, { value: HOSTILE_STRINGS[index], n: index }]),
      ),
    });
    const bystanders = [volume('vol-1', { tags: { Env: 'prod' }, data: { Size: 1 } }), instance('i-1')];

    it('round-trips hostile tag keys, tag values, names and data unchanged and changes nothing else', async () => {
      const store = await context.open();
      await store.writeResources('sync-1', bystanders);
      await store.writeEdges('sync-1', [edge(bystanders[0]!, 'attached_to', bystanders[1]!)]);
      const result = await store.writeResources('sync-1', [victim]);
      expect(result.created).toBe(1);
      expect(await store.getResource(victim.uid)).toMatchObject({
        name: victim.name,
        tags: victim.tags,
        data: victim.data,
      });
      for (const bystander of bystanders)
        expect(await store.getResource(bystander.uid)).toMatchObject({ ...bystander });
      expect((await store.listResources({})).items).toHaveLength(3);
      expect(await store.countEdges()).toBe(1);
      expect(await store.writeResources('sync-2', [victim])).toMatchObject({ unchanged: 1 });
    });

    it('finds a resource by hostile tag keys and values, and only that resource', async () => {
      const store = await context.open();
      await store.writeResources('sync-1', [...bystanders, victim]);
      for (const [key, value] of Object.entries(tags)) {
        const byKey = await store.listResources({ tags: [{ key }] });
        expect(byKey.items.map((item) => item.uid)).toEqual([victim.uid]);
        const byValue = await store.listResources({ tags: [{ key, value }] });
        expect(byValue.items.map((item) => item.uid)).toEqual([victim.uid]);
      }
      const quoteKey = HOSTILE_STRINGS[0]!;
      expect(await store.aggregate({ groupBy: [`tag:${quoteKey}`] })).toEqual(
        expect.arrayContaining([
          { group: { [`tag:${quoteKey}`]: tags[quoteKey] }, value: 1 },
          { group: { [`tag:${quoteKey}`]: null }, value: 2 },
        ]),
      );
    });

    it('treats hostile comparison values and uids as plain data', async () => {
      const store = await context.open();
      const oddUid = volume('vol-odd', { uid: HOSTILE_STRINGS[4] });
      await store.writeResources('sync-1', [...bystanders, oddUid]);
      await store.writeEdges('sync-1', [edge(oddUid, 'attached_to', bystanders[1]!)]);
      for (const value of HOSTILE_STRINGS) {
        expect((await store.listResources({ properties: [{ property: 'name', op: 'eq', value }] })).items).toEqual([]);
        expect(
          (await store.listResources({ properties: [{ property: 'Size', op: 'contains', value }] })).items,
        ).toEqual([]);
      }
      expect((await store.neighbors(oddUid.uid)).resources.map((item) => item.uid)).toEqual([bystanders[1]!.uid]);
      const result = await store.finishSync('sync-2', [scopeOf(oddUid)]);
      expect(result.deleted).toBe(2);
      expect(await store.getResource(bystanders[1]!.uid)).toBeDefined();
    });
  });
}
