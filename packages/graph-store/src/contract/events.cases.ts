import { describe, expect, it } from '@jest/globals';
import type { EventRecord } from '../graph-store.js';
import type { ContractContext } from './contract-context.js';

function event(id: string, at: string, spec: Partial<EventRecord> = {}): EventRecord {
  return { stream: 'react.action', id, subject: 'cleanup', at, body: { outcome: 'planned', id }, ...spec };
}

export function describeEvents(context: ContractContext): void {
  describe('event streams', () => {
    it('lists a stream newest first in stable pages, filtered by subject, and replaces a saved id', async () => {
      const store = await context.open();
      await store.saveEvents([
        event('e1', '2024-01-01T00:00:00Z'),
        event('e2', '2024-01-02T00:00:00Z', { subject: 'tags' }),
        event('e3', '2024-01-03T00:00:00Z'),
        event('other', '2024-01-04T00:00:00Z', { stream: 'react.job-run' }),
      ]);
      await store.saveEvents([event('e1', '2024-01-01T00:00:00Z', { body: { outcome: 'done' } })]);
      const first = await store.listEvents({ stream: 'react.action' }, { limit: 2 });
      expect(first.items.map((item) => item.id)).toEqual(['e3', 'e2']);
      const second = await store.listEvents({ stream: 'react.action' }, { limit: 2, pageToken: first.nextPageToken });
      expect(second.items).toEqual([
        {
          stream: 'react.action',
          id: 'e1',
          subject: 'cleanup',
          at: '2024-01-01T00:00:00.000Z',
          body: { outcome: 'done' },
        },
      ]);
      expect(second.nextPageToken).toBeUndefined();
      const cleanup = await store.listEvents({ stream: 'react.action', subject: 'cleanup' });
      expect(cleanup.items.map((item) => item.id)).toEqual(['e3', 'e1']);
    });

    it('refuses an event without an id or with a bad time, naming the field, and writes none of the batch', async () => {
      const store = await context.open();
      await expect(
        store.saveEvents([event('ok', '2024-01-01T00:00:00Z'), event('', '2024-01-01T00:00:00Z')]),
      ).rejects.toMatchObject({ field: 'events[1].id' });
      await expect(store.saveEvents([event('x', 'yesterday')])).rejects.toMatchObject({ field: 'events[0].at' });
      expect((await store.listEvents({ stream: 'react.action' })).items).toEqual([]);
    });
  });
}
