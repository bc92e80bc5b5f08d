import type { ManagedTransaction } from 'neo4j-driver';
import { connectEdges, deletePendingEdges, savePendingEdges, type EdgeRow } from './edge-cypher.js';
import { runRows, runStatement } from './neo4j-session.js';

/** Connects every row whose two ends exist (one statement per edge type); returns the keys that were connected. */
export async function connectWhereBothEndsExist(tx: ManagedTransaction, rows: EdgeRow[]): Promise<Set<string>> {
  const byType = new Map<string, EdgeRow[]>();
  for (const row of rows) byType.set(row.type, [...(byType.get(row.type) ?? []), row]);
  const connected = new Set<string>();
  for (const [type, typeRows] of byType) {
    for (const { key } of await runRows<{ key: string }>(tx, connectEdges(type, typeRows))) connected.add(key);
  }
  return connected;
}

/** Turns pending edges into relationships where both ends now exist; returns how many it connected. */
export async function connectPendingEdges(tx: ManagedTransaction, pending: EdgeRow[]): Promise<number> {
  if (pending.length === 0) return 0;
  const connected = await connectWhereBothEndsExist(tx, pending);
  if (connected.size > 0) await runStatement(tx, deletePendingEdges([...connected]));
  return connected.size;
}

/** Connects what it can and keeps the rest as pending edges. */
export async function connectOrKeepPending(tx: ManagedTransaction, rows: EdgeRow[], hasPending: boolean) {
  const connected = await connectWhereBothEndsExist(tx, rows);
  const waiting = rows.filter((row) => !connected.has(row.key));
  if (waiting.length > 0) await runStatement(tx, savePendingEdges(waiting));
  // An edge pending from an earlier write is connected now: its pending copy must go.
  if (hasPending && connected.size > 0) await runStatement(tx, deletePendingEdges([...connected]));
  return { connected: connected.size, pending: waiting.length };
}
