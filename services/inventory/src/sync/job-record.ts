import type { GraphStore, JobState, ResourceCounts, SyncJobRecord, SyncTaskRecord } from '@cloud-inventory/graph-store';

export function emptyCounts(): ResourceCounts {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0, failed: 0 };
}

export function addCounts(into: ResourceCounts, more: Partial<ResourceCounts>): void {
  into.created += more.created ?? 0;
  into.updated += more.updated ?? 0;
  into.unchanged += more.unchanged ?? 0;
  into.deleted += more.deleted ?? 0;
  into.failed += more.failed ?? 0;
}

export const finishedStates: readonly JobState[] = ['SUCCESS', 'FAILURE', 'CANCELED', 'ABORTED'];

export function isFinished(state: JobState): boolean {
  return finishedStates.includes(state);
}

/**
 * Owns one job's record and persists it after every change. Saves are serialised and coalesced: while one is in
 * flight, later changes are written once it ends, so the stored record is never older than the last change by more
 * than one save.
 */
export class JobRecorder {
  private saving: Promise<void> = Promise.resolve();
  private isDirty = false;
  private isSaveQueued = false;

  constructor(
    private readonly store: GraphStore,
    readonly job: SyncJobRecord,
  ) {}

  addTask(task: SyncTaskRecord): SyncTaskRecord {
    this.job.tasks.push(task);
    return task;
  }

  update(change: () => void): Promise<void> {
    change();
    return this.save();
  }

  save(): Promise<void> {
    this.isDirty = true;
    if (!this.isSaveQueued) {
      this.isSaveQueued = true;
      // The previous save's failure was already delivered to whoever awaited it; this save must still run.
      this.saving = this.saving
        .catch(() => undefined)
        .then(async () => {
          this.isSaveQueued = false;
          if (!this.isDirty) return;
          this.isDirty = false;
          await this.store.saveJob(structuredClone(this.job));
        });
    }
    return this.saving;
  }
}
