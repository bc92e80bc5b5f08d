import type { GraphStore } from '@cloud-inventory/graph-store';
import type { Logger } from 'pino';
import { startInventoryApi, type InventoryApiServer } from './api/inventory-server.js';
import type { InventoryConfig } from './config/inventory-config.js';
import type { Environment } from './config/load-config.js';
import { EventBus } from './events/event-bus.js';
import { InventoryMetrics } from './metrics/inventory-metrics.js';
import { startMetricsServer, type MetricsServer } from './metrics/metrics-server.js';
import { parseCronExpression } from './schedule/cron-expression.js';
import { SyncScheduler, type Clock } from './schedule/sync-scheduler.js';
import { CollectorClients } from './sync/collector-clients.js';
import { ResourcePurge } from './sync/resource-purge.js';
import { SyncRunner } from './sync/sync-runner.js';
import { InventorySearch } from './search/inventory-search.js';
import { KindCatalogue } from './search/kind-catalogue.js';
import type { SearchRunner } from './search/search-runner.js';
import { SyncAlreadyRunningError } from './errors.js';
import { defaultReactConfig } from './react/config/react-config.js';
import { startReactPhase, type RunningReactPhase } from './react/react-phase.js';
import { defaultHa } from './config/inventory-config.js';
import { fencedStore } from './lease/fenced-store.js';
import { holderId } from './lease/holder-id.js';
import { LeaseKeeper } from './lease/lease-keeper.js';
import { PendingJobPoller } from './lease/pending-jobs.js';
import { syncLeaseName } from './lease/sync-lease-name.js';

export { syncLeaseName } from './lease/sync-lease-name.js';
/** How often the holder reads the jobs the other inventories recorded PENDING for it. */
const pendingPollMs = 1000;

export interface InventoryDeps {
  store: GraphStore;
  logger: Logger;
  /** Where credential and token variables are read from, at the moment they are sent. Default process.env. */
  env?: Environment;
  clock?: Clock;
  /** Serve the gRPC API (default true). */
  api?: boolean;
  /** Serve /metrics over HTTP (default: config.metrics.enabled). */
  metricsEndpoint?: boolean;
  /** Run syncs on the cron schedule (default: config.schedule.enabled). */
  schedule?: boolean;
  /**
   * One of several inventories on a shared store (Neo4j): only the holder of the sync lease runs syncs, the others
   * serve the API and record the syncs asked of them for it (default false: this process is the only one).
   */
  highAvailability?: boolean;
}

export interface RunningInventory {
  config: InventoryConfig;
  store: GraphStore;
  runner: SyncRunner;
  /** Searches in the search language, with kind families from the catalogue the syncs keep. */
  search: SearchRunner;
  events: EventBus;
  metrics: InventoryMetrics;
  /** Metrics from the graph, action policies and jobs, run after each sync. */
  react: RunningReactPhase;
  api?: InventoryApiServer;
  metricsServer?: MetricsServer;
  scheduler?: SyncScheduler;
  /** Jobs an earlier process left unfinished, marked ABORTED at start-up (or when this process took the lease). */
  abortedJobIds: string[];
  /** With highAvailability: the sync lease this process holds, or waits for. */
  lease?: LeaseKeeper;
  /** Stops the schedule and the API, cancels running jobs (nothing deleted for them); the store stays open. */
  stop(): Promise<void>;
}

/** Starts the inventory on an opened store: recovers interrupted jobs, then serves the API, metrics and schedule. */
export async function startInventory(config: InventoryConfig, deps: InventoryDeps): Promise<RunningInventory> {
  const env = deps.env ?? process.env;
  const logger = deps.logger;
  await deps.store.init();
  const events = new EventBus((event, error) => logger.error({ event, err: error }, 'event listener failed'));
  const metrics = new InventoryMetrics({ defaultMetrics: deps.metricsEndpoint ?? config.metrics.enabled });
  const collectorTokenEnv = config.collector.tokenEnv;
  const clients = new CollectorClients({
    token: collectorTokenEnv ? () => env[collectorTokenEnv] : undefined,
    ...(config.collector.caFile ? { caFile: config.collector.caFile } : {}),
  });
  const clock = deps.clock;
  const now = clock ? () => clock.now() : undefined;
  const abortedJobIds: string[] = [];
  let lease: LeaseKeeper | undefined;
  let poller: PendingJobPoller | undefined;
  let runner: SyncRunner;
  if (deps.highAvailability) {
    const keeper = new LeaseKeeper({
      store: deps.store,
      name: syncLeaseName,
      holder: holderId(),
      ttlMs: (config.ha ?? defaultHa).leaseTtlMs,
      standbyRetryMs: pendingPollMs,
      logger,
      onAcquired: async () => {
        abortedJobIds.push(...(await runner.abortInterruptedJobs()));
        poller?.kick();
      },
      onLost: (fence) => runner.abandonJobsOf(fence),
      onHeldChanged: (held) => metrics.setLeaseHeld(held),
    });
    lease = keeper;
    runner = new SyncRunner({
      config,
      env,
      store: fencedStore(deps.store, keeper),
      events,
      clients,
      logger,
      metrics,
      now,
      lease: keeper,
    });
    poller = new PendingJobPoller({
      store: deps.store,
      isHolding: () => keeper.holding,
      takeUp: (job) => runner.takeUpPending(job),
      intervalMs: pendingPollMs,
      logger,
    });
    await keeper.start();
    poller.start();
  } else {
    runner = new SyncRunner({ config, env, store: deps.store, events, clients, logger, metrics, now });
    abortedJobIds.push(...(await runner.abortInterruptedJobs()));
    metrics.setLeaseHeld(true);
  }
  const catalogue = new KindCatalogue(deps.store);
  // Read now, so that the react configuration's queries are checked against the families earlier syncs stored.
  await catalogue.read();
  // A sync's CLOUD_SERVICE_TYPE task may have declared new kinds and families.
  events.on('sync.finished', () => catalogue.invalidate());
  const search = new InventorySearch({ store: deps.store, catalogue, now: () => (clock ? clock.now() : new Date()) });
  const serveApi = deps.api ?? true;
  const serveMetrics = deps.metricsEndpoint ?? config.metrics.enabled;
  // Metrics are read over /metrics or the React API; with neither (`--once`), their queries over the graph are waste.
  const keepMetrics = serveApi || serveMetrics;
  if (keepMetrics) {
    await metrics.refreshResourceCounts(deps.store);
    events.on('sync.finished', () => {
      metrics
        .refreshResourceCounts(deps.store)
        .catch((error: unknown) => logger.warn({ err: error }, 'resource count refresh failed'));
    });
  }

  const react = await startReactPhase({
    config: config.react ?? defaultReactConfig,
    // An organization's members too: a policy may act on their resources with the member role.
    accounts: () => [...config.accounts, ...runner.organizations.members()],
    collector: config.collector,
    env,
    store: deps.store,
    search,
    events,
    registry: metrics.registry,
    logger,
    clock,
    evaluateMetrics: keepMetrics,
  });

  const running: RunningInventory = {
    config,
    store: deps.store,
    runner,
    search,
    events,
    metrics,
    react,
    abortedJobIds,
    ...(lease ? { lease } : {}),
    stop: async () => {},
  };
  try {
    if (serveApi) {
      running.api = await startInventoryApi({
        host: config.api.host,
        port: config.api.port,
        token: env[config.api.tokenEnv] || undefined,
        tls: config.api.tls,
        logger: logger.child({ component: 'api' }),
        runner,
        store: deps.store,
        purge: new ResourcePurge({ store: deps.store, identities: runner.identities, logger }),
        search,
        services: [
          react.service({ logger: logger.child({ component: 'api' }), token: env[config.api.tokenEnv] || undefined }),
        ],
      });
    }
    if (serveMetrics) {
      running.metricsServer = await startMetricsServer(metrics.registry, {
        host: config.metrics.host,
        port: config.metrics.port,
        logger,
      });
    }
    if (deps.schedule ?? config.schedule.enabled) {
      running.scheduler = new SyncScheduler(
        parseCronExpression(config.schedule.cron),
        async () => {
          if (lease && !lease.holding) {
            logger.debug({ holder: lease.holder }, 'scheduled sync left to the inventory holding the lease');
            return;
          }
          try {
            await runner.start({ trigger: 'schedule' });
          } catch (error) {
            // Documented expected case: the previous run is still going; this run is skipped, never stacked.
            if (!(error instanceof SyncAlreadyRunningError)) throw error;
            logger.warn({ accounts: error.accounts }, 'scheduled sync skipped, previous sync still running');
          }
        },
        logger,
        deps.clock,
      );
      running.scheduler.start();
      logger.info({ cron: config.schedule.cron, nextRunAt: running.scheduler.nextRunAt }, 'sync scheduled');
    }
  } catch (error) {
    await stopAll(running, clients, poller);
    throw error;
  }
  running.stop = () => stopAll(running, clients, poller);
  return running;
}

async function stopAll(
  running: RunningInventory,
  clients: CollectorClients,
  poller: PendingJobPoller | undefined,
): Promise<void> {
  running.scheduler?.stop();
  await poller?.stop();
  await running.runner.stop();
  // After the jobs stopped (their ends written under the lease): a standby takes over at its next attempt.
  await running.lease?.stop();
  await running.react.stop();
  await running.api?.stop();
  await running.metricsServer?.stop();
  clients.close();
}
