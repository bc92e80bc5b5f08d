import { randomUUID } from 'node:crypto';
import type { GraphStore, Page, PageRequest } from '@cloud-inventory/graph-store';
import type { Logger } from 'pino';
import type { Clock } from '../../schedule/sync-scheduler.js';
import type { AutomationDefinition, WebhookSettings } from '../config/react-config.js';
import type { ActionService } from '../actions/action-service.js';
import { automationRunOf, type AutomationFiring, type AutomationRunRecord } from './automation-run.js';
import { deliverWebhook } from './webhook-delivery.js';

/** Named react.job-run since the first release: stores keep their recorded runs. */
export const automationRunStream = 'react.job-run';

export interface AutomationRunnerDeps {
  store: GraphStore;
  actions: ActionService;
  webhook: WebhookSettings;
  clock: Clock;
  logger: Logger;
}

/** Runs an automation's action for one firing and records the run with its outcome; never throws. */
export class AutomationRunner {
  private readonly inFlight = new Set<Promise<AutomationRunRecord>>();
  private readonly stopping = new AbortController();

  constructor(private readonly deps: AutomationRunnerDeps) {}

  /**
   * Starts a run without waiting for it (event and cron triggers: the sync never waits on an automation). The firing may
   * still be looking up its resources; the run counts as in flight from this call on.
   */
  start(
    automation: AutomationDefinition,
    firing: AutomationFiring | Promise<AutomationFiring>,
  ): Promise<AutomationRunRecord> {
    const run = Promise.resolve(firing)
      .then(
        (resolved) => this.run(automation, resolved),
        (error: unknown) => this.run(automation, failedFiring(error)),
      )
      .finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
    return run;
  }

  /** Cuts short webhook deliveries and backoff waits in flight (their runs are recorded as failed), then waits. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.idle();
  }

  /** Resolves once every run started so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async listRuns(automation: string | undefined, page: PageRequest): Promise<Page<AutomationRunRecord>> {
    const found = await this.deps.store.listEvents(
      { stream: automationRunStream, ...(automation ? { subject: automation } : {}) },
      page,
    );
    return { ...found, items: found.items.map((event) => automationRunOf(event.body)) };
  }

  private async run(automation: AutomationDefinition, firing: AutomationFiring): Promise<AutomationRunRecord> {
    const runId = randomUUID();
    const startedAt = (firing.at ?? this.deps.clock.now()).toISOString();
    const log = this.deps.logger.child({
      automation: automation.name,
      automationRunId: runId,
      trigger: firing.trigger,
    });
    const count = firing.resources.length + (firing.deleted?.length ?? 0);
    let result: Pick<AutomationRunRecord, 'outcome' | 'attempts' | 'error'>;
    if (firing.lookupError !== undefined) {
      result = { outcome: 'failed', attempts: 0, error: firing.lookupError };
    } else if (count === 0 && firing.trigger.startsWith('event:')) {
      result = { outcome: 'skipped', attempts: 0 };
    } else {
      try {
        result = await this.act(automation, firing, runId, startedAt, log);
      } catch (error) {
        // Records the typed outcome: the run failed, with its reason; other runs and the sync go on.
        log.error({ err: error }, 'automation run failed');
        result = { outcome: 'failed', attempts: 1, error: error instanceof Error ? error.message : 'unknown error' };
      }
    }
    const record: AutomationRunRecord = {
      runId,
      automation: automation.name,
      trigger: firing.trigger,
      resources: count,
      startedAt,
      finishedAt: this.deps.clock.now().toISOString(),
      ...result,
    };
    try {
      await this.deps.store.saveEvents([
        { stream: automationRunStream, id: runId, subject: automation.name, at: startedAt, body: { ...record } },
      ]);
    } catch (error) {
      // Documented expected case: an unrecordable run is still logged with its outcome below.
      log.error({ err: error }, 'automation run could not be recorded');
    }
    log.info({ outcome: record.outcome, attempts: record.attempts, resources: count }, 'automation run finished');
    return record;
  }

  private async act(
    automation: AutomationDefinition,
    firing: AutomationFiring,
    runId: string,
    at: string,
    log: Logger,
  ): Promise<Pick<AutomationRunRecord, 'outcome' | 'attempts' | 'error'>> {
    const action = automation.action;
    if (action.type === 'log') {
      log.info({ note: action.message, resources: firing.resources.map((resource) => resource.uid) }, 'automation log');
      return { outcome: 'succeeded', attempts: 1 };
    }
    if (action.type === 'resource_action') {
      const records = await this.deps.actions.run({
        policies: [action.policy],
        onlyUids: firing.resources.map((resource) => resource.uid),
        trigger: `automation:${automation.name}`,
      });
      const failed = records.filter((record) => record.outcome === 'failed').length;
      return failed === 0
        ? { outcome: 'succeeded', attempts: 1 }
        : { outcome: 'failed', attempts: 1, error: `${failed} of ${records.length} actions failed` };
    }
    const body = {
      automation: automation.name,
      runId,
      trigger: firing.trigger,
      ...(firing.syncJobId ? { syncJobId: firing.syncJobId } : {}),
      at,
      resources: firing.resources,
      ...(firing.deleted ? { deleted: firing.deleted } : {}),
      truncated: firing.isTruncated,
    };
    const delivery = await deliverWebhook(action.url, body, this.deps.webhook, {
      clock: this.deps.clock,
      logger: log,
      signal: this.stopping.signal,
    });
    return delivery.isDelivered
      ? { outcome: 'succeeded', attempts: delivery.attempts }
      : { outcome: 'failed', attempts: delivery.attempts, ...(delivery.error ? { error: delivery.error } : {}) };
  }
}

/** A firing whose resources could not be looked up: the run is recorded as failed with the reason. */
function failedFiring(error: unknown): AutomationFiring {
  return {
    trigger: 'unknown',
    resources: [],
    isTruncated: false,
    lookupError: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error',
  };
}
