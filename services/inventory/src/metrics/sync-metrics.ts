import type { JobState } from '@cloud-inventory/graph-store';

/** What the sync reports to metrics; the Prometheus registry implements it, tests may pass nothing. */
export interface SyncMetrics {
  syncFinished(state: JobState, durationSeconds: number): void;
  taskFinished(state: JobState, taskType: string): void;
  /** A scope the collector could not collect: AccessDenied, Throttling, ... */
  scopeFailed(labels: { account: string; region: string; serviceGroup: string; errorCode: string }): void;
  taskRetried(account: string): void;
  /** An account whose planning failed (its credentials, an assumed role, the collector): nothing of it was synced. */
  accountFailed(account: string): void;
}

export const noSyncMetrics: SyncMetrics = {
  syncFinished: () => {},
  taskFinished: () => {},
  scopeFailed: () => {},
  taskRetried: () => {},
  accountFailed: () => {},
};
