import type { CypherStatement } from './cypher-statement.js';
import { runRows } from './neo4j-session.js';
import type { StoreContext } from './store-context.js';

/**
 * Runs a write statement bounded by the cleanup batch size, each run its own transaction, until a run touches fewer
 * than a batch; `column` is the one its row returns the number touched in. Returns the total.
 */
export async function writeUntilShort(
  context: StoreContext,
  statement: () => CypherStatement,
  column: string,
): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await context.sessions.write((tx) => runRows<Record<string, number>>(tx, statement()));
    const touched = row?.[column] ?? 0;
    total += touched;
    if (touched < context.cleanupBatchSize) return total;
  }
}
