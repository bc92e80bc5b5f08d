import type { Database } from 'better-sqlite3';

/**
 * Bounds the WAL's file: once a checkpoint has copied the WAL into the database, SQLite truncates the file to this
 * size instead of keeping it at its largest. 64 MiB, the size at which wal_autocheckpoint (4000 pages of 16 KiB)
 * checkpoints anyway.
 */
export const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

export interface CheckpointResult {
  /** A reader (another process, such as a backup) kept part of the WAL in use; the rest was copied. */
  isBusy: boolean;
  /** Frames left in the WAL (0 after a complete TRUNCATE checkpoint). */
  walFrames: number;
}

/**
 * Copies the WAL into the database file and truncates the WAL to zero bytes, so that the .db file holds the data
 * (whoever backs up the .db file gets everything) and the WAL does not grow from sync to sync. Never waits for a
 * reader: with the busy timeout at 0, a checkpoint that a reader blocks copies what it can, as PASSIVE would, and
 * the next one finishes the work.
 */
export function checkpointWal(db: Database): CheckpointResult {
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    return { isBusy: (row?.busy ?? 0) !== 0, walFrames: Math.max(0, (row?.log ?? 0) - (row?.checkpointed ?? 0)) };
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}
