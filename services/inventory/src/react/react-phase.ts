import type { GraphStore } from '@cloud-inventory/graph-store';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { AccountConfig } from '../config/inventory-config.js';
import type { Environment } from '../config/load-config.js';
import type { EventBus } from '../events/event-bus.js';
import type { SearchRunner } from '../search/search-runner.js';
import { systemClock, type Clock } from '../schedule/sync-scheduler.js';
import { ActionService } from './actions/action-service.js';
import { ResourceActionsClients } from './actions/resource-actions-client.js';
import { reactService } from './api/react-service.js';
import { AutomationRunner } from './automations/automation-runner.js';
import { AutomationTriggers } from './automations/automation-triggers.js';
import type { ReactConfig } from './config/react-config.js';
import { customMetric } from './metrics/custom-metrics.js';
import { MetricsEvaluator } from './metrics/metrics-evaluator.js';
import { predefinedMetrics } from './metrics/predefined-metrics.js';

export interface ReactPhaseDeps {
  config: ReactConfig;
  accounts: readonly AccountConfig[] | (() => readonly AccountConfig[]);
  /** How the inventory reaches its collectors: the token variable and CA file (config.collector). */
  collector: { tokenEnv?: string | undefined; caFile?: string | undefined };
  env: Environment;
  store: GraphStore;
  /** Answers the queries of metrics, policies and automations (the inventory's, with its kind catalogue). */
  search: SearchRunner;
  events: EventBus;
  /** The inventory's prom-client registry, served on /metrics. */
  registry: Registry;
  logger: Logger;
  clock?: Clock | undefined;
  /** Recompute the metrics at start and after each sync (default true); false when nothing can read them. */
  evaluateMetrics?: boolean;
}

export interface RunningReactPhase {
  metrics: MetricsEvaluator;
  actions: ActionService;
  triggers: AutomationTriggers;
  runner: AutomationRunner;
  /** The React gRPC service, for the inventory's API server. */
  service(options: { logger: Logger; token?: string | undefined }): ReturnType<typeof reactService>;
  /** Resolves once the work started by finished syncs (metrics, policies, automations) so far is done. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The react phase: after every sync, metrics are recomputed from the graph, the action policies run (after a
 * successful sync, when configured) and event-triggered automations fire; cron automations run on the clock. Nothing here
 * delays or fails a sync: the work starts from the sync.finished event and is only awaited by idle().
 */
export async function startReactPhase(deps: ReactPhaseDeps): Promise<RunningReactPhase> {
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger.child({ component: 'react' });
  const now = () => clock.now();
  const metrics = new MetricsEvaluator(
    [...predefinedMetrics, ...deps.config.metrics.custom.map((metric) => customMetric(metric, deps.search))],
    {
      store: deps.store,
      registry: deps.registry,
      logger,
      now,
    },
  );
  const tokenEnv = deps.collector.tokenEnv;
  const clients = new ResourceActionsClients({
    token: tokenEnv ? () => deps.env[tokenEnv] : undefined,
    caFile: deps.collector.caFile,
  });
  const actions = new ActionService({
    config: deps.config.actions,
    accounts: deps.accounts,
    env: deps.env,
    clients,
    store: deps.store,
    search: deps.search,
    now,
    logger,
  });
  const runner = new AutomationRunner({ store: deps.store, actions, webhook: deps.config.webhook, clock, logger });
  const triggers = new AutomationTriggers({
    store: deps.store,
    search: deps.search,
    events: deps.events,
    runner,
    clock,
    logger,
  });

  const afterSync = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    const tracked = work
      .catch((error: unknown) => logger.error({ err: error }, 'react phase work failed'))
      .finally(() => afterSync.delete(tracked));
    afterSync.add(tracked);
  };
  const evaluateMetrics = deps.evaluateMetrics ?? true;
  const off = deps.events.on('sync.finished', ({ jobId, state }) => {
    if (evaluateMetrics) track(metrics.evaluate());
    if (state === 'SUCCESS' && deps.config.actions.runAfterSync && deps.config.actions.policies.length > 0) {
      track(actions.run({ trigger: `sync:${jobId}` }).then(() => undefined));
    }
  });
  if (evaluateMetrics) await metrics.evaluate();
  triggers.start(deps.config.automations);
  logger.info(
    {
      metrics: predefinedMetrics.length + deps.config.metrics.custom.length,
      policies: deps.config.actions.policies.length,
      automations: deps.config.automations.length,
    },
    'react phase started',
  );

  const idle = async () => {
    while (afterSync.size > 0) await Promise.allSettled([...afterSync]);
    await runner.idle();
  };
  return {
    metrics,
    actions,
    triggers,
    runner,
    service: (options) =>
      reactService({ metrics, actions, triggers, runner, webhookTargets: deps.config.webhook }, options),
    idle,
    async stop() {
      off();
      triggers.stop();
      await runner.stop();
      await idle();
      clients.close();
    },
  };
}
