import type { ManagedTransaction } from 'neo4j-driver';
import { connectEdges, deletePendingEdges, writeEdgesOfType, type EdgeRow } from './edge-cypher.js';
import type { CypherStatement } from './cypher-statement.js';
import { runRows, runStatement } from './neo4j-session.js';

/** Turns pending edges into relationships where both ends now exist; returns the keys it connected. */
export async function connectPendingEdges(tx: ManagedTransaction, pending: EdgeRow[]): Promise<Set<string>> {
  const connected = new Set((await runPerType<{ key: string }>(tx, pending, connectEdges)).map(({ key }) => key));
  if (connected.size > 0) await runStatement(tx, deletePendingEdges([...connected]));
  return connected;
}

export interface EdgesWritten {
  connected: number;
  pending: number;
}

/** Connects what it can and keeps the rest as pending edges (see writeEdgesOfType). */
export async function connectOrKeepPending(tx: ManagedTransaction, rows: EdgeRow[]): Promise<EdgesWritten> {
  const written: EdgesWritten = { connected: 0, pending: 0 };
  for (const row of await runPerType<EdgesWritten>(tx, rows, writeEdgesOfType)) {
    written.connected += row.connected;
    written.pending += row.pending;
  }
  return written;
}

/**
 * One statement per edge type of the rows, sent together: the driver pipelines the statements of a transaction that
 * are run before their results are awaited, so a batch of many types costs one round trip, not one per type.
 */
async function runPerType<Result>(
  tx: ManagedTransaction,
  rows: EdgeRow[],
  statementOf: (type: string, rows: EdgeRow[]) => CypherStatement,
): Promise<Result[]> {
  const statements = [...rowsByType(rows)].map(([type, typeRows]) => statementOf(type, typeRows));
  return (await Promise.all(statements.map((statement) => runRows<Result>(tx, statement)))).flat();
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
