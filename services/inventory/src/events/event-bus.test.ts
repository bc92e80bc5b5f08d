import { describe, expect, it } from '@jest/globals';
import { EventBus } from './event-bus.js';

describe('EventBus', () => {
  it('delivers each event to the listeners of its name until they unsubscribe', () => {
    const bus = new EventBus();
    const seen: string[] = [];
    const off = bus.on('sync.started', (event) => seen.push(event.jobId));
    bus.on('sync.finished', (event) => seen.push(`finished ${event.jobId}`));
    bus.emit('sync.started', { jobId: 'j1', trigger: 'api', accounts: [], at: '' });
    off();
    bus.emit('sync.started', { jobId: 'j2', trigger: 'api', accounts: [], at: '' });
    expect(seen).toEqual(['j1']);
  });

  it('reports a throwing listener and still delivers to the others', () => {
    const failures: string[] = [];
    const bus = new EventBus((name) => failures.push(name));
    const seen: string[] = [];
    bus.on('resource.deleted', () => {
      throw new Error('subscriber bug');
    });
    bus.on('resource.deleted', (event) => seen.push(event.change.uid));
    const change = {
      syncId: 's',
      uid: 'u1',
      kind: 'k',
      name: 'n',
      cloud: 'aws',
      account: 'a',
      region: 'r',
      change: 'deleted' as const,
      at: '',
    };
    bus.emit('resource.deleted', { jobId: 's', change });
    expect(failures).toEqual(['resource.deleted']);
    expect(seen).toEqual(['u1']);
  });
});
