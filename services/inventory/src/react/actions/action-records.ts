import type { EventRecord, GraphStore, Page, PageRequest } from '@cloud-inventory/graph-store';
import type { ActionRecord } from './action-decision.js';

export const actionStream = 'react.action';

/** Saves a run's records in the store's react.action stream, in bounded batches. */
export async function saveActionRecords(store: GraphStore, records: ActionRecord[]): Promise<void> {
  const events: EventRecord[] = records.map((record, index) => ({
    stream: actionStream,
    id: `${record.runId}:${record.policy}:${String(index).padStart(6, '0')}`,
    subject: record.policy,
    at: record.at,
    body: { ...record },
  }));
  for (let start = 0; start < events.length; start += 500) await store.saveEvents(events.slice(start, start + 500));
}

export async function listActionRecords(
  store: GraphStore,
  policy: string | undefined,
  page: PageRequest,
): Promise<Page<ActionRecord>> {
  const found = await store.listEvents({ stream: actionStream, ...(policy ? { subject: policy } : {}) }, page);
  return { ...found, items: found.items.map((event) => event.body as unknown as ActionRecord) };
}
