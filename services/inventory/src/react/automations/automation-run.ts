import type { ChangeRecord, StoredResource } from '@cloud-inventory/graph-store';

export type AutomationRunOutcome = 'succeeded' | 'failed' | 'skipped';

/** One run of an automation, as recorded (stream react.job-run) and served by ListAutomationRuns. */
export interface AutomationRunRecord {
  runId: string;
  automation: string;
  /** "cron", "event:<event>" or "manual". */
  trigger: string;
  outcome: AutomationRunOutcome;
  attempts: number;
  resources: number;
  error?: string;
  startedAt: string;
  finishedAt: string;
}

/** What fired an automation: the trigger, and the resources (or, for deletions, the change records) it is about. */
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

/** A recorded run; runs recorded before automations had their own name call the automation `job`. */
export function automationRunOf(body: Record<string, unknown>): AutomationRunRecord {
  const { job, ...record } = body;
  return (typeof job === 'string' ? { automation: job, ...record } : record) as unknown as AutomationRunRecord;
}
