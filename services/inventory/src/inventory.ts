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
  /** Jobs an earlier process left unfinished, marked ABORTED at start-up. */
  abortedJobIds: string[];
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
  const runner = new SyncRunner({ config, env, store: deps.store, events, clients, logger, metrics, now });
  const abortedJobIds = await runner.abortInterruptedJobs();
  const catalogue = new KindCatalogue(deps.store);
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
    accounts: config.accounts,
    collector: config.collector,
    env,
    store: deps.store,
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
    await stopAll(running, clients);
    throw error;
  }
  running.stop = () => stopAll(running, clients);
  return running;
}

async function stopAll(running: RunningInventory, clients: CollectorClients): Promise<void> {
  running.scheduler?.stop();
  await running.runner.stop();
  await running.react.stop();
  await running.api?.stop();
  await running.metricsServer?.stop();
  clients.close();
}
