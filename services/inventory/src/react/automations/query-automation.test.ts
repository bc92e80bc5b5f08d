import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ResourceRecord } from '@cloud-inventory/graph-store';
import pino from 'pino';
import { EventBus } from '../../events/event-bus.js';
import { systemClock } from '../../schedule/sync-scheduler.js';
import { ActionService } from '../actions/action-service.js';
import { ResourceActionsClients } from '../actions/resource-actions-client.js';
import { parseReactConfig } from '../config/parse-react-config.js';
import { estateAccount, estateResource, openSearchEstate, type SearchEstate } from '../testing/search-estate.js';
import { startWebhookReceiver } from '../testing/webhook-receiver.js';
import { AutomationRunner } from './automation-runner.js';
import { AutomationTriggers } from './automation-triggers.js';
import { maxResourcesPerRun } from './match-resources.js';

const logger = pino({ level: 'silent' });
let estate: SearchEstate;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let clients: ResourceActionsClients;
let runner: AutomationRunner;
let triggers: AutomationTriggers;
const events = new EventBus();

const instance = (id: string, state: string) =>
  estateResource('aws_ec2_instance', id, { data: { State: { Name: state }, BlockDeviceMappings: [] } });
/** Many created instances, every third one running: the matches span two chunks of uids. */
const many = Array.from({ length: 1500 }, (_, index) =>
  instance(`i-many-${String(index).padStart(4, '0')}`, index % 3 === 0 ? 'running' : 'pending'),
);
const created = [instance('i-new-running', 'running'), instance('i-new-stopped', 'stopped')];
const existing = instance('i-old-running', 'running');
const volume = estateResource('aws_ec2_volume', 'vol-new', { data: { State: 'available' } });

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  estate = await openSearchEstate([existing], [], { instance: ['aws_ec2_instance'] });
  const config = parseReactConfig({
    automations: [
      {
        name: 'new-running',
        trigger: { event: 'resources_created' },
        query: 'is(instance) and data.State.Name = running',
        action: { webhook: { url: `${receiver.url}/running` } },
      },
      {
        name: 'new-databases',
        trigger: { event: 'resources_created' },
        query: 'is(aws_rds_db_instance)',
        action: { webhook: { url: `${receiver.url}/databases` } },
      },
      {
        name: 'gone-instances',
        trigger: { event: 'resources_deleted' },
        filter: { kinds: ['aws_ec2_instance'] },
        action: { webhook: { url: `${receiver.url}/gone` } },
      },
    ],
    webhook: { attempts: 1, backoffMs: 0, allowPrivateNetworks: true }, // the receiver is on loopback
  });
  clients = new ResourceActionsClients();
  const deps = { store: estate.store, search: estate.search, logger };
  const actions = new ActionService({
    ...deps,
    config: config.actions,
    accounts: [],
    env: {},
    clients,
    now: () => new Date(),
  });
  runner = new AutomationRunner({ ...deps, actions, webhook: config.webhook, clock: systemClock });
  triggers = new AutomationTriggers({ ...deps, events, runner, clock: systemClock });
  triggers.start(config.automations);
}, 60_000);

afterAll(async () => {
  triggers?.stop();
  await runner?.stop();
  clients?.close();
  await receiver?.stop();
  await estate?.close();
});

/** A sync that creates these resources: the store records their changes under the job, the bus says it finished. */
async function finishSync(jobId: string, createdResources: ResourceRecord[]): Promise<void> {
  const written = await estate.store.writeResources(jobId, createdResources);
  const counts = { ...written, deleted: 0, failed: 0 };
  events.emit('sync.finished', { jobId, state: 'SUCCESS', counts, durationMs: 1, at: new Date().toISOString() });
}

describe('an automation filtered by a query', () => {
  it('fires on resources_created with exactly the created resources the query answers', async () => {
    await finishSync('job-1', [...created, volume]);
    await runner.idle();
    const hooks = receiver.received.filter((hook) => hook.path === '/running');
    expect(hooks).toHaveLength(1);
    const resources = hooks[0]?.body['resources'] as { uid: string; lastSyncId: string }[];
    expect(resources.map((resource) => resource.uid)).toEqual([created[0]?.uid]);
    expect(resources[0]?.lastSyncId).toBe('job-1');
    expect(receiver.received.some((hook) => hook.path === '/databases')).toBe(false);
    const runs = await runner.listRuns('new-databases', { limit: 10 });
    expect(runs.items.map((run) => run.outcome)).toEqual(['skipped']);
  });

  it('matches among more created resources than one uid list holds', async () => {
    receiver.received.length = 0;
    await finishSync('job-2', many);
    await runner.idle();
    const body = receiver.received.find((hook) => hook.path === '/running')?.body;
    const uids = (body?.['resources'] as { uid: string }[]).map((resource) => resource.uid);
    expect(uids).toEqual(many.filter((_, index) => index % 3 === 0).map((resource) => resource.uid));
    expect(body?.['truncated']).toBe(false);
  });

  it('sends at most one run of deleted resources, read back from the store, and says it truncated', async () => {
    receiver.received.length = 0;
    const gone = await estate.store.deleteResources('job-3', {
      accounts: [estateAccount],
      kinds: ['aws_ec2_instance'],
    });
    expect(gone.deleted).toBe(many.length + created.length + 1);
    events.emit('sync.finished', {
      jobId: 'job-3',
      state: 'SUCCESS',
      counts: { created: 0, updated: 0, unchanged: 0, deleted: gone.deleted, failed: 0 },
      durationMs: 1,
      at: new Date().toISOString(),
    });
    await runner.idle();
    const body = receiver.received.find((hook) => hook.path === '/gone')?.body;
    const deleted = body?.['deleted'] as { uid: string; change: string }[];
    expect(deleted.map((change) => change.uid)).toEqual(
      gone.changes.slice(0, maxResourcesPerRun).map((change) => change.uid),
    );
    expect(body?.['truncated']).toBe(true);
    expect(receiver.received.some((hook) => hook.path === '/running')).toBe(false);
  });
});
