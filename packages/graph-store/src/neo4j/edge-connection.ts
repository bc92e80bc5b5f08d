import type { ManagedTransaction } from 'neo4j-driver';
import { connectEdges, deletePendingEdges, writeEdgesOfType, type EdgeRow } from './edge-cypher.js';
import { runRows, runStatement } from './neo4j-session.js';

interface Connected {
  /** The keys of the rows connected. */
  keys: Set<string>;
  /** Those whose relationship this call created. */
  created: string[];
}

/** Connects every row whose two ends exist (one statement per edge type). */
export async function connectWhereBothEndsExist(tx: ManagedTransaction, rows: EdgeRow[]): Promise<Connected> {
  const connected: Connected = { keys: new Set(), created: [] };
  for (const [type, typeRows] of rowsByType(rows)) {
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

/** Connects what it can and keeps the rest as pending edges: one statement per edge type (see writeEdgesOfType). */
export async function connectOrKeepPending(tx: ManagedTransaction, rows: EdgeRow[]) {
  const written = { connected: 0, pending: 0 };
  for (const [type, typeRows] of rowsByType(rows)) {
    for (const row of await runRows<{ connected: number; pending: number }>(tx, writeEdgesOfType(type, typeRows))) {
      written.connected += row.connected;
      written.pending += row.pending;
    }
  }
  return written;
}

function rowsByType(rows: EdgeRow[]): Map<string, EdgeRow[]> {
  const byType = new Map<string, EdgeRow[]>();
  for (const row of rows) {
    const typeRows = byType.get(row.type);
    if (typeRows === undefined) byType.set(row.type, [row]);
    else typeRows.push(row);
  }
  return byType;
}
