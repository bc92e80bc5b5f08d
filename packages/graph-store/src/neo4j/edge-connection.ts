import type { ManagedTransaction } from 'neo4j-driver';
import { connectEdges, deletePendingEdges, writeEdgesOfType, type EdgeRow } from './edge-cypher.js';
import { runRows, runStatement } from './neo4j-session.js';

/** Turns pending edges into relationships where both ends now exist (one statement per edge type); returns the keys it connected. */
export async function connectPendingEdges(tx: ManagedTransaction, pending: EdgeRow[]): Promise<Set<string>> {
  const connected = new Set<string>();
  for (const [type, typeRows] of rowsByType(pending)) {
    for (const { key } of await runRows<{ key: string }>(tx, connectEdges(type, typeRows))) connected.add(key);
  }
  if (connected.size > 0) await runStatement(tx, deletePendingEdges([...connected]));
  return connected;
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
