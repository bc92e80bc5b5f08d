import type { ResourceCounts } from '@cloud-inventory/graph-store';
import { emptyCounts } from './job-record.js';

interface AttemptCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Resources whose data could not be read (never stored). */
  rejected: number;
}

/**
 * A task's counts over its attempts, so that a resource counts once however many attempts it took, with its strongest
 * change (created > updated > unchanged). Each attempt rewrites the same resources, which the store then finds
 * unchanged: what an earlier attempt created stays created. Kept per attempt rather than per uid, so the inventory
 * holds no per-resource state: a resource can be created only once in a sync, so creations add up; updates add up
 * too (a resource that changes in AWS between two attempts is the one case counted twice: created or updated by the
 * first, updated by the next); the task saw as many resources as its widest attempt, and the rest were unchanged.
 */
export class TaskCounts {
  private readonly attempts: AttemptCounts[] = [];
  /** Resources of scopes reported failed, by scope: only the last report of a scope counts. */
  private readonly failedScopes = new Map<string, number>();

  startAttempt(): void {
    this.attempts.push({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
  }

  addBatch(written: { created: number; updated: number; unchanged: number }, rejected: number): void {
    const attempt = this.attempts.at(-1);
    if (attempt === undefined) throw new Error('a batch was counted before its attempt started');
    attempt.created += written.created;
    attempt.updated += written.updated;
    attempt.unchanged += written.unchanged;
    attempt.rejected += rejected;
  }

  /** The scope's latest result: `failed` resources when it failed, 0 when it succeeded. */
  setScopeResult(scopeKey: string, failed: number): void {
    this.failedScopes.set(scopeKey, failed);
  }

  total(): ResourceCounts {
    const counts = emptyCounts();
    let widest = 0;
    let rejected = 0;
    for (const attempt of this.attempts) {
      counts.created += attempt.created;
      counts.updated += attempt.updated;
      widest = Math.max(widest, attempt.created + attempt.updated + attempt.unchanged);
      rejected = Math.max(rejected, attempt.rejected);
    }
    counts.unchanged = Math.max(widest, counts.created + counts.updated) - counts.created - counts.updated;
    counts.failed = rejected;
    for (const failed of this.failedScopes.values()) counts.failed += failed;
    return counts;
  }
}
