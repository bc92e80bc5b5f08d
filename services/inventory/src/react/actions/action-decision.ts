import type { StoredResource } from '@cloud-inventory/graph-store';

export type CollectorAction = 'TERMINATE_INSTANCES' | 'DELETE_VOLUMES' | 'DELETE_SNAPSHOTS' | 'CREATE_TAGS';

export type ActionOutcome = 'planned' | 'done' | 'failed' | 'protected' | 'reported';

/** What a policy decided about one resource, before anything is sent. */
export interface ActionDecision {
  policy: string;
  /** terminate_instance, delete_volume, delete_snapshot, create_tags or report. */
  action: string;
  /** Absent for a report: nothing to send. */
  collectorAction?: CollectorAction;
  /** For create_tags: the tags to set. */
  tags?: Record<string, string>;
  resource: StoredResource;
  reason: string;
}

/** A decision with its outcome, as recorded (stream react.action) and served by ListActions. */
export interface ActionRecord {
  runId: string;
  policy: string;
  action: string;
  uid: string;
  kind: string;
  account: string;
  region: string;
  dryRun: boolean;
  outcome: ActionOutcome;
  reason: string;
  error?: string;
  at: string;
}
