export { startInventory, type InventoryDeps, type RunningInventory } from './inventory.js';
export { loadConfig, type Environment } from './config/load-config.js';
export { parseConfig } from './config/parse-config.js';
export type {
  AccountConfig,
  CredentialsReference,
  InventoryConfig,
  OrganizationConfig,
} from './config/inventory-config.js';
export { ConfigError, JobNotFoundError, SyncAlreadyRunningError } from './errors.js';
export { EventBus } from './events/event-bus.js';
export type { InventoryEventName, InventoryEvents } from './events/inventory-events.js';
export { SyncRunner, type SyncRequest } from './sync/sync-runner.js';
export { createRootLogger, redactPaths } from './logging/root-logger.js';
export { loadInventoryProto, inventoryServiceName } from './api/inventory-proto.js';
export type { Clock } from './schedule/sync-scheduler.js';
export { InventoryClient, type InventoryClientOptions } from './api/inventory-client.js';
export { runCli, type CliEnvironment } from './cli/run-cli.js';
export { ReactClient } from './react/api/react-client.js';
export { loadReactProto, reactServiceName } from './react/api/react-service.js';
export type { RunningReactPhase } from './react/react-phase.js';
export type { ReactConfig } from './react/config/react-config.js';
export { terminalJson, terminalText } from './cli/terminal-text.js';
export { canRedrawLine, jobProgress, renderProgressLine, type JobProgress } from './cli/job-progress.js';
export { LiveLine } from './cli/live-line.js';
export { followJob, type FollowOptions } from './cli/follow-job.js';
export {
  runInventoryProcess,
  type InProcessCollector,
  type InventoryProcessOptions,
  type StartInProcessCollector,
} from './inventory-process.js';
export { stopSignal } from './stop-signal.js';
