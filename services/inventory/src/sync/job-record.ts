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

export interface ProgressSaving {
  /** Counts that move with every stored batch are saved at most this often. */
  intervalMs: number;
  /** A progress save failed; the next save writes the counts again. */
  onFailure: (error: unknown) => void;
}

/**
 * Owns one job's record and persists it after every change. Saves are serialised and coalesced: while one is in
 * flight, later changes are written once it ends, so the stored record is never older than the last change by more
 * than one save. Progress (counts moving as batches are stored) is saved throttled, so the store is not written once
 * a batch.
 */
export class JobRecorder {
  private saving: Promise<void> = Promise.resolve();
  private isDirty = false;
  private isSaveQueued = false;
  private progressTimer: NodeJS.Timeout | undefined;
  private lastSavedAt = 0;

  constructor(
    private readonly store: GraphStore,
    readonly job: SyncJobRecord,
    private readonly progress: ProgressSaving = { intervalMs: 1000, onFailure: () => undefined },
  ) {}

  addTask(task: SyncTaskRecord): SyncTaskRecord {
    this.job.tasks.push(task);
    return task;
  }

  update(change: () => void): Promise<void> {
    change();
    return this.save();
  }

  /** The job's counts as the sum of its tasks' (deletions are the job's own, counted when it finishes). */
  sumTaskCounts(): void {
    const { deleted } = this.job.counts;
    this.job.counts = emptyCounts();
    for (const task of this.job.tasks) addCounts(this.job.counts, task.counts);
    this.job.counts.deleted = deleted;
  }

  /** A task's counts moved: the job's follow, and both are saved within the progress interval. */
  saveProgress(): void {
    this.sumTaskCounts();
    this.saveWithinInterval();
  }

  /**
   * A task started or ended: saved within the progress interval, without waiting for the store. A burst of changes
   * is one save, so that a job of thousands of tasks does not write its whole record once a task (each save writes
   * every task: that cost grew with the square of the tasks, 165 CPU-s of a 50-account sync). The job's own saves,
   * which are awaited, carry every change made before them. A failure is reported as a progress save's is; the next
   * save writes the change again.
   */
  saveInBackground(): void {
    this.saveWithinInterval();
  }

  private saveWithinInterval(): void {
    if (this.progressTimer !== undefined) return;
    const wait = Math.max(0, this.lastSavedAt + this.progress.intervalMs - Date.now());
    this.progressTimer = setTimeout(() => {
      this.progressTimer = undefined;
      this.save().catch(this.progress.onFailure);
    }, wait);
    this.progressTimer.unref();
  }

  save(): Promise<void> {
    // Whatever progress was waiting goes with this save.
    clearTimeout(this.progressTimer);
    this.progressTimer = undefined;
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
          this.lastSavedAt = Date.now();
          await this.store.saveJob(structuredClone(this.job));
        });
    }
    return this.saving;
  }
}
