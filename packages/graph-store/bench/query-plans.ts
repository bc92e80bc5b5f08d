import Database from 'better-sqlite3';
import neo4j, { type Driver } from 'neo4j-driver';

/**
 * The plans behind a search, whatever statements the store builds: the statements a search runs are recorded
 * (SQLite: better-sqlite3's Statement methods; Neo4j: the driver's run methods) while `capture` runs, then explained
 * here. Neither store exposes its statements, and the benchmark must not depend on how they are built.
 */

export interface PlanSummary {
  /** One line per statement: SQLite's EXPLAIN QUERY PLAN details, or Neo4j's PROFILE operators. */
  statements: string[];
  /** Neo4j: db hits over every operator of every statement. */
  dbHits?: number;
  /** Whether the plan reads a whole table or label (SCAN without an index, AllNodesScan, NodeByLabelScan). */
  fullScan: boolean;
}

interface SqliteCall {
  db: Database.Database;
  source: string;
  args: unknown[];
}
interface CypherCall {
  text: string;
  params: unknown;
}

let sqliteCalls: SqliteCall[] | undefined;
let cypherCalls: CypherCall[] | undefined;

function recordSqlite(): void {
  const probe = new Database(':memory:');
  const prototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, unknown>;
  probe.close();
  for (const method of ['all', 'get', 'iterate', 'run']) {
    const original = prototype[method] as (...args: unknown[]) => unknown;
    prototype[method] = function (this: Database.Statement, ...args: unknown[]) {
      sqliteCalls?.push({ db: this.database, source: this.source, args });
      return original.apply(this, args);
    };
  }
}

function recordCypher(): void {
  for (const owner of [neo4j.Transaction.prototype, neo4j.Session.prototype] as unknown as Record<string, unknown>[]) {
    const original = owner['run'] as (...args: unknown[]) => unknown;
    owner['run'] = function (this: unknown, text: unknown, params: unknown, ...rest: unknown[]) {
      if (typeof text === 'string') cypherCalls?.push({ text, params });
      return original.call(this, text, params, ...rest);
    };
  }
}

recordSqlite();
recordCypher();

/** Runs `work`, recording the statements it runs; the first of several equal statements is kept. */
export async function captureStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; sqlite: SqliteCall[]; cypher: CypherCall[] }> {
  sqliteCalls = [];
  cypherCalls = [];
  try {
    const result = await work();
    return {
      result,
      sqlite: unique(sqliteCalls, (call) => call.source),
      cypher: unique(cypherCalls, (call) => call.text),
    };
  } finally {
    sqliteCalls = undefined;
    cypherCalls = undefined;
  }
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

const TRIVIAL_SQL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\b/i;

/**
 * A full scan is a SCAN of a stored table: the plan names tables by their aliases, which the statement's FROM and
 * JOIN clauses map back to tables (scans of CTEs, json_each and the recursive walk's queue are not full scans).
 */
function tableAliases(db: Database.Database, source: string): Set<string> {
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (row) => row.name,
    ),
  );
  const aliases = new Set(tables);
  for (const match of source.matchAll(
    /\b(?:FROM|JOIN)\s+([A-Za-z_][A-Za-z0-9_]*)(?:\s+(?:AS\s+)?([A-Za-z_][A-Za-z0-9_]*))?/gi,
  )) {
    if (tables.has(match[1]!) && match[2]) aliases.add(match[2]);
  }
  return aliases;
}

export function explainSqlite(calls: SqliteCall[]): PlanSummary {
  const statements: string[] = [];
  let fullScan = false;
  for (const call of calls.filter((item) => !TRIVIAL_SQL.test(item.source))) {
    const rows = call.db.prepare(`EXPLAIN QUERY PLAN ${call.source}`).all(...call.args) as { detail: string }[];
    const aliases = tableAliases(call.db, call.source);
    const details = rows.map((row) => {
      const scanned = /^SCAN ([A-Za-z_][A-Za-z0-9_]*)$/.exec(row.detail)?.[1];
      if (scanned === undefined || !aliases.has(scanned)) return row.detail;
      fullScan = true;
      return `${row.detail} (FULL SCAN)`;
    });
    statements.push(details.join('; '));
  }
  return { statements, fullScan };
}

interface ProfiledPlan {
  operatorType: string;
  dbHits: number;
  arguments: Record<string, unknown>;
  children: ProfiledPlan[];
}

const INDEX_OPERATOR = /Index|Seek/;
const SCAN_OPERATOR = /^(AllNodesScan|NodeByLabelScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan)/;

export async function profileCypher(driver: Driver, calls: CypherCall[]): Promise<PlanSummary> {
  const statements: string[] = [];
  let dbHits = 0;
  let fullScan = false;
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    for (const call of calls) {
      const result = await session.run(`PROFILE ${call.text}`, call.params as Record<string, unknown>);
      const operators: string[] = [];
      const walk = (plan: ProfiledPlan) => {
        dbHits += plan.dbHits;
        const name = plan.operatorType.replace(/@neo4j$/, '');
        if (SCAN_OPERATOR.test(name)) fullScan = true;
        const details = INDEX_OPERATOR.test(name) ? ` (${String(plan.arguments['Details'] ?? '')})` : '';
        operators.push(`${name}${details}`);
        for (const child of plan.children) walk(child);
      };
      if (result.summary.profile) walk(result.summary.profile as unknown as ProfiledPlan);
      statements.push(operators.reverse().join(' > '));
    }
  } finally {
    await session.close();
  }
  return { statements, dbHits, fullScan };
}
