import type { ChangeRecord, StoredResource } from '@cloud-inventory/graph-store';

export type AutomationRunOutcome = 'succeeded' | 'failed' | 'skipped';

/** One run of a job, as recorded (stream react.job-run) and served by ListJobRuns. */
export interface AutomationRunRecord {
  runId: string;
  job: string;
  /** "cron", "event:<event>" or "manual". */
  trigger: string;
  outcome: AutomationRunOutcome;
  attempts: number;
  resources: number;
  error?: string;
  startedAt: string;
  finishedAt: string;
}

/** What fired a job: the trigger, and the resources (or, for deletions, the change records) it is about. */
export interface AutomationFiring {
  trigger: string;
  /** The sync job whose event fired it. */
  syncJobId?: string;
  resources: StoredResource[];
  /** Deleted resources are gone from the graph; their change records stand in for them. */
  deleted?: ChangeRecord[];
  /** More resources matched than a run carries. */
  isTruncated: boolean;
  /** When the run is due (the cron time for a schedule); defaults to now. */
  at?: Date;
  /** The resources could not be looked up; the run fails with this reason. */
  lookupError?: string;
}
