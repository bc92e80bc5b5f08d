import type { ManagedTransaction } from 'neo4j-driver';
import { connectEdges, deletePendingEdges, savePendingEdges, type EdgeRow } from './edge-cypher.js';
import { runRows, runStatement } from './neo4j-session.js';

interface Connected {
  /** The keys of the rows connected. */
  keys: Set<string>;
  /** Those whose relationship this call created. */
  created: string[];
}

/** Connects every row whose two ends exist (one statement per edge type). */
export async function connectWhereBothEndsExist(tx: ManagedTransaction, rows: EdgeRow[]): Promise<Connected> {
  const byType = new Map<string, EdgeRow[]>();
  for (const row of rows) {
    const typeRows = byType.get(row.type);
    if (typeRows === undefined) byType.set(row.type, [row]);
    else typeRows.push(row);
  }
  const connected: Connected = { keys: new Set(), created: [] };
  for (const [type, typeRows] of byType) {
    for (const { key, created } of await runRows<{ key: string; created: boolean }>(tx, connectEdges(type, typeRows))) {
      connected.keys.add(key);
      if (created) connected.created.push(key);
    }
  }
  return connected;
}

/** Turns pending edges into relationships where both ends now exist; returns the keys it connected. */
export async function connectPendingEdges(tx: ManagedTransaction, pending: EdgeRow[]): Promise<Set<string>> {
  if (pending.length === 0) return new Set();
  const connected = await connectWhereBothEndsExist(tx, pending);
  if (connected.keys.size > 0) await runStatement(tx, deletePendingEdges([...connected.keys]));
  return connected.keys;
}

/**
 * Connects what it can and keeps the rest as pending edges. A pending copy of a row connected here can exist only
 * when the relationship is new (an end arrived since the copy was saved): an existing relationship had its copy
 * removed when it connected, so an unchanged re-sync looks up no pending edge for its connected edges. (Seeks by
 * key on the pending edges, with no count first: a count is a round trip of its own on every batch.)
 */
export async function connectOrKeepPending(tx: ManagedTransaction, rows: EdgeRow[]) {
  const connected = await connectWhereBothEndsExist(tx, rows);
  const waiting = rows.filter((row) => !connected.keys.has(row.key));
  if (waiting.length > 0) await runStatement(tx, savePendingEdges(waiting));
  if (connected.created.length > 0) await runStatement(tx, deletePendingEdges(connected.created));
  return { connected: connected.keys.size, pending: waiting.length };
}
