import type { ManagedTransaction } from 'neo4j-driver';
import { connectEdges, deletePendingEdges, writeEdgesOfType, type EdgeRow } from './edge-cypher.js';
import { runRows, runStatement } from './neo4j-session.js';

/*
 * One statement per edge type, sent together: the driver pipelines the statements of a transaction that are run
 * before their results are awaited, so a batch of many types costs one round trip, not one per type.
 */

/** Turns pending edges into relationships where both ends now exist; returns the keys it connected. */
export async function connectPendingEdges(tx: ManagedTransaction, pending: EdgeRow[]): Promise<Set<string>> {
  const statements = [...rowsByType(pending)].map(([type, typeRows]) => connectEdges(type, typeRows));
  const results = await Promise.all(statements.map((statement) => runRows<{ key: string }>(tx, statement)));
  const connected = new Set(results.flat().map(({ key }) => key));
  if (connected.size > 0) await runStatement(tx, deletePendingEdges([...connected]));
  return connected;
}

export interface EdgesWritten {
  connected: number;
  pending: number;
}

/** Connects what it can and keeps the rest as pending edges (see writeEdgesOfType). */
export async function connectOrKeepPending(tx: ManagedTransaction, rows: EdgeRow[]): Promise<EdgesWritten> {
  const statements = [...rowsByType(rows)].map(([type, typeRows]) => writeEdgesOfType(type, typeRows));
  const results = await Promise.all(statements.map((statement) => runRows<EdgesWritten>(tx, statement)));
  const written: EdgesWritten = { connected: 0, pending: 0 };
  for (const row of results.flat()) {
    written.connected += row.connected;
    written.pending += row.pending;
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
