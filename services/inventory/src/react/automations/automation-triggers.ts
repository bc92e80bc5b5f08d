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
import { changedUidsOfSync, changesOfSync } from './changes-of-sync.js';
import { matchResources, maxResourcesPerRun } from './match-resources.js';

type ChangeEvent = Exclude<AutomationEventName, 'sync_finished'>;

const changeOfEvent: Record<ChangeEvent, ChangeRecord['change']> = {
  resources_created: 'created',
  resources_updated: 'updated',
  resources_deleted: 'deleted',
};

/**
 * The automations (from configuration and the API) and what fires them: a cron schedule on the injected clock, or the
 * events of a sync. The automations fire once the sync has finished, so an automation sees the graph as the sync left
 * it, with the sync's changes as the store recorded them (read page by page then, never gathered in memory while the
 * sync runs); runs are started, never awaited, by the sync.
 */
export class AutomationTriggers {
  private readonly automations = new Map<string, AutomationDefinition>();
  private readonly schedulers = new Map<string, SyncScheduler>();
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
    this.unsubscribe.push(this.deps.events.on('sync.finished', ({ jobId }) => this.syncFinished(jobId)));
  }

  stop(): void {
    for (const off of this.unsubscribe.splice(0)) off();
    for (const scheduler of this.schedulers.values()) scheduler.stop();
    this.schedulers.clear();
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
    extra: { at?: Date; syncJobId?: string; onlyUids?: AsyncIterable<readonly string[]> } = {},
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

  private syncFinished(syncJobId: string): void {
    for (const automation of this.automations.values()) {
      if (automation.trigger.type !== 'event') continue;
      const event = automation.trigger.event;
      const trigger = `event:${event}`;
      if (event === 'sync_finished') {
        void this.deps.runner.start(automation, this.firing(automation, trigger, { syncJobId }));
      } else if (event === 'resources_deleted') {
        void this.deps.runner.start(automation, deletedFiring(this.deps.store, automation, trigger, syncJobId));
      } else {
        const onlyUids = changedUidsOfSync(this.deps.store, syncJobId, changeOfEvent[event]);
        void this.deps.runner.start(automation, this.firing(automation, trigger, { syncJobId, onlyUids }));
      }
    }
  }
}

/**
 * Deleted resources are no longer in the graph: only the fields of their change records can be matched, by a filter's
 * kinds, accounts and regions (a query, which runs on the graph, is refused for this event when it is configured). A
 * run carries at most maxResourcesPerRun of them, like the resources of other runs (isTruncated beyond).
 */
async function deletedFiring(
  store: GraphStore,
  automation: AutomationDefinition,
  trigger: string,
  syncJobId: string,
): Promise<AutomationFiring> {
  if (automation.selection.by !== 'filter') {
    const lookupError = 'a query runs on the graph, which deleted resources have left: match them with a filter';
    return { trigger, syncJobId, resources: [], isTruncated: false, lookupError };
  }
  const { kinds, accounts, regions } = automation.selection.filter;
  const deleted: ChangeRecord[] = [];
  for await (const page of changesOfSync(store, syncJobId, 'deleted', kinds)) {
    for (const change of page) {
      if ((accounts && !accounts.includes(change.account)) || (regions && !regions.includes(change.region))) continue;
      if (deleted.length === maxResourcesPerRun)
        return { trigger, syncJobId, resources: [], deleted, isTruncated: true };
      deleted.push(change);
    }
  }
  return { trigger, syncJobId, resources: [], deleted, isTruncated: false };
}
