import type { ChangeRecord, GraphStore } from '@cloud-inventory/graph-store';
import type { Logger } from 'pino';
import type { EventBus } from '../../events/event-bus.js';
import type { SearchRunner } from '../../search/search-runner.js';
import { parseCronExpression } from '../../schedule/cron-expression.js';
import { SyncScheduler, type Clock } from '../../schedule/sync-scheduler.js';
import type { AutomationDefinition, AutomationEventName } from '../config/react-config.js';
import { AutomationExistsError, AutomationNotFoundError, ConfiguredAutomationError } from '../react-errors.js';
import type { AutomationFiring, AutomationRunRecord } from './automation-run.js';
import type { AutomationRunner } from './automation-runner.js';
import { matchResources } from './match-resources.js';

type ChangeEvent = Exclude<AutomationEventName, 'sync_finished'>;

const eventOfChange: Record<ChangeRecord['change'], ChangeEvent> = {
  created: 'resources_created',
  updated: 'resources_updated',
  deleted: 'resources_deleted',
};

/**
 * The automations (from configuration and the API) and what fires them: a cron schedule on the injected clock, or the
 * events of a sync. Changes are gathered per sync and the automations fire once the sync has finished, so an automation sees
 * the graph as the sync left it; runs are started, never awaited, by the sync.
 */
export class AutomationTriggers {
  private readonly automations = new Map<string, AutomationDefinition>();
  private readonly schedulers = new Map<string, SyncScheduler>();
  private readonly changesBySync = new Map<string, Map<ChangeEvent, ChangeRecord[]>>();
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    private readonly deps: {
      store: GraphStore;
      search: SearchRunner;
      events: EventBus;
      runner: AutomationRunner;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  start(automations: AutomationDefinition[]): void {
    for (const automation of automations) this.add(automation);
    const { events } = this.deps;
    for (const name of ['resource.created', 'resource.updated', 'resource.deleted'] as const) {
      this.unsubscribe.push(events.on(name, ({ jobId, change }) => this.remember(jobId, change)));
    }
    this.unsubscribe.push(events.on('sync.finished', ({ jobId }) => this.syncFinished(jobId)));
  }

  stop(): void {
    for (const off of this.unsubscribe.splice(0)) off();
    for (const scheduler of this.schedulers.values()) scheduler.stop();
    this.schedulers.clear();
    this.changesBySync.clear();
  }

  list(): { automation: AutomationDefinition; nextRunAt?: Date }[] {
    return [...this.automations.values()].map((automation) => {
      const nextRunAt = this.schedulers.get(automation.name)?.nextRunAt;
      return nextRunAt ? { automation, nextRunAt } : { automation };
    });
  }

  get(name: string): AutomationDefinition {
    const automation = this.automations.get(name);
    if (!automation) throw new AutomationNotFoundError(name);
    return automation;
  }

  add(automation: AutomationDefinition): void {
    if (this.automations.has(automation.name)) throw new AutomationExistsError(automation.name);
    this.automations.set(automation.name, automation);
    if (automation.trigger.type === 'cron') {
      const scheduler = new SyncScheduler(
        parseCronExpression(automation.trigger.cron),
        (scheduledFor) => this.fireScheduled(automation, scheduledFor),
        this.deps.logger,
        this.deps.clock,
      );
      scheduler.start();
      this.schedulers.set(automation.name, scheduler);
    }
  }

  remove(name: string): void {
    const automation = this.get(name);
    if (automation.source === 'config') throw new ConfiguredAutomationError(name);
    this.schedulers.get(name)?.stop();
    this.schedulers.delete(name);
    this.automations.delete(name);
  }

  /** Runs an automation now with what its filter or query matches in the graph; resolves with the recorded run. */
  runNow(name: string): Promise<AutomationRunRecord> {
    const automation = this.get(name);
    return this.deps.runner.start(automation, this.firing(automation, 'manual'));
  }

  private fireScheduled(automation: AutomationDefinition, scheduledFor: Date): Promise<void> {
    void this.deps.runner.start(automation, this.firing(automation, 'cron', { at: scheduledFor }));
    return Promise.resolve();
  }

  private async firing(
    automation: AutomationDefinition,
    trigger: string,
    extra: { at?: Date; syncJobId?: string; onlyUids?: string[] } = {},
  ): Promise<AutomationFiring> {
    const matched = await matchResources(this.deps, automation.selection, extra.onlyUids);
    return {
      trigger,
      resources: matched.resources,
      isTruncated: matched.isTruncated,
      ...(extra.at ? { at: extra.at } : {}),
      ...(extra.syncJobId ? { syncJobId: extra.syncJobId } : {}),
    };
  }

  private remember(syncJobId: string, change: ChangeRecord): void {
    const event = eventOfChange[change.change];
    if (
      ![...this.automations.values()].some(
        (automation) => automation.trigger.type === 'event' && automation.trigger.event === event,
      )
    )
      return;
    let changes = this.changesBySync.get(syncJobId);
    if (!changes) {
      changes = new Map();
      this.changesBySync.set(syncJobId, changes);
    }
    const list = changes.get(event) ?? [];
    list.push(change);
    changes.set(event, list);
  }

  private syncFinished(syncJobId: string): void {
    const changes = this.changesBySync.get(syncJobId) ?? new Map<ChangeEvent, ChangeRecord[]>();
    this.changesBySync.delete(syncJobId);
    for (const automation of this.automations.values()) {
      if (automation.trigger.type !== 'event') continue;
      const event = automation.trigger.event;
      const trigger = `event:${event}`;
      if (event === 'sync_finished') {
        void this.deps.runner.start(automation, this.firing(automation, trigger, { syncJobId }));
      } else if (event === 'resources_deleted') {
        void this.deps.runner.start(
          automation,
          deletedFiring(automation, trigger, syncJobId, changes.get(event) ?? []),
        );
      } else {
        const onlyUids = (changes.get(event) ?? []).map((change) => change.uid);
        void this.deps.runner.start(automation, this.firing(automation, trigger, { syncJobId, onlyUids }));
      }
    }
  }
}

/**
 * Deleted resources are no longer in the graph: only the fields of their change records can be matched, by a filter's
 * kinds, accounts and regions (a query, which runs on the graph, is refused for this event when it is configured).
 */
function deletedFiring(
  automation: AutomationDefinition,
  trigger: string,
  syncJobId: string,
  changes: ChangeRecord[],
): AutomationFiring {
  if (automation.selection.by !== 'filter') {
    const lookupError = 'a query runs on the graph, which deleted resources have left: match them with a filter';
    return { trigger, syncJobId, resources: [], isTruncated: false, lookupError };
  }
  const { kinds, accounts, regions } = automation.selection.filter;
  const deleted = changes.filter(
    (change) =>
      (!kinds || kinds.includes(change.kind)) &&
      (!accounts || accounts.includes(change.account)) &&
      (!regions || regions.includes(change.region)),
  );
  return { trigger, syncJobId, resources: [], deleted, isTruncated: false };
}
