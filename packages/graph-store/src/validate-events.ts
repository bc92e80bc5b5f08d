import { InvalidStoreArgumentError } from './errors.js';
import type { EventRecord } from './graph-store.js';
import { assertNonEmptyString, normalizeTime } from './validation.js';

/** Checks events before any is written; returns them with their times normalised to ISO-8601 UTC. */
export function validateEvents(events: EventRecord[]): EventRecord[] {
  if (!Array.isArray(events)) throw new InvalidStoreArgumentError('events', 'must be a list');
  return events.map((event, index) => {
    const field = `events[${index}]`;
    assertNonEmptyString(event.stream, `${field}.stream`);
    assertNonEmptyString(event.id, `${field}.id`);
    if (typeof event.subject !== 'string') throw new InvalidStoreArgumentError(`${field}.subject`, 'must be a string');
    if (event.body === null || typeof event.body !== 'object' || Array.isArray(event.body)) {
      throw new InvalidStoreArgumentError(`${field}.body`, 'must be an object');
    }
    return { ...event, at: normalizeTime(event.at, `${field}.at`) };
  });
}
