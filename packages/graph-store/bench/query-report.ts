import type { QueryMeasurement } from './query-measure.js';
import type { PlanSummary } from './query-plans.js';
import { GOAL_MS, NEO4J_GOAL_RATIO, type BenchQuery } from './query-set.js';

export interface StoreQueryResult extends QueryMeasurement {
  plan?: PlanSummary;
}

export interface QueryRow {
  query: BenchQuery;
  sqlite?: StoreQueryResult;
  neo4j?: StoreQueryResult;
}

export interface QueryVerdict {
  name: string;
  goal: string;
  sqliteGoalMet?: boolean;
  neo4jRatio?: number;
  neo4jGoalMet?: boolean;
  sameAnswer?: boolean;
}

export function verdictOf(row: QueryRow): QueryVerdict {
  const goalMs = GOAL_MS[row.query.goal];
  const sqliteP50 = row.sqlite?.p50Ms;
  const neo4jP50 = row.neo4j?.p50Ms;
  const ratio = sqliteP50 !== undefined && neo4jP50 !== undefined ? neo4jP50 / Math.max(sqliteP50, 0.1) : undefined;
  return {
    name: row.query.name,
    goal: goalMs === undefined ? `${row.query.goal} (no goal)` : `${row.query.goal} < ${goalMs} ms`,
    ...(goalMs !== undefined && sqliteP50 !== undefined ? { sqliteGoalMet: sqliteP50 < goalMs } : {}),
    ...(ratio === undefined
      ? {}
      : { neo4jRatio: Math.round(ratio * 100) / 100, neo4jGoalMet: ratio <= NEO4J_GOAL_RATIO }),
    ...(row.sqlite?.digest && row.neo4j?.digest ? { sameAnswer: row.sqlite.digest === row.neo4j.digest } : {}),
  };
}

const pad = (text: string, width: number) => (text.length >= width ? text.slice(0, width) : text.padEnd(width));
const padLeft = (text: string, width: number) => text.padStart(width);
const ms = (value: number | undefined) =>
  value === undefined ? '-' : value < 10 ? value.toFixed(1) : String(Math.round(value));
const mark = (met: boolean | undefined) => (met === undefined ? '-' : met ? 'yes' : 'NO');

function figures(result: StoreQueryResult | undefined): string {
  if (!result) return [padLeft('-', 7), padLeft('-', 7), padLeft('-', 7)].join(' ');
  if (result.error) return pad(`error`, 23);
  return [padLeft(ms(result.p50Ms), 7), padLeft(ms(result.p95Ms), 7), padLeft(String(result.rows ?? '-'), 7)].join(' ');
}

/** The table of one size: figures per store, the goals, then each query's plans. */
export function renderSize(size: number, rows: QueryRow[]): string {
  const lines: string[] = [];
  lines.push(`\nquery bench at ${size.toLocaleString('en-US')} resources (goals are the issue's, set for 100,000)`);
  lines.push(
    [
      pad('query', 36),
      pad('goal', 22),
      padLeft('sq p50', 7),
      padLeft('p95', 7),
      padLeft('rows', 7),
      padLeft('n4 p50', 7),
      padLeft('p95', 7),
      padLeft('rows', 7),
      padLeft('ratio', 6),
      padLeft('sq goal', 8),
      padLeft('n4 3x', 6),
      padLeft('same', 5),
    ].join(' '),
  );
  for (const row of rows) {
    const verdict = verdictOf(row);
    lines.push(
      [
        pad(row.query.name, 36),
        pad(verdict.goal, 22),
        figures(row.sqlite),
        figures(row.neo4j),
        padLeft(verdict.neo4jRatio === undefined ? '-' : verdict.neo4jRatio.toFixed(1), 6),
        padLeft(mark(verdict.sqliteGoalMet), 8),
        padLeft(mark(verdict.neo4jGoalMet), 6),
        padLeft(verdict.sameAnswer === undefined ? '-' : verdict.sameAnswer ? 'yes' : 'NO', 5),
      ].join(' '),
    );
  }
  lines.push('\nplans (SQLite: EXPLAIN QUERY PLAN per statement; Neo4j: PROFILE operators, leaf first, and db hits)');
  for (const row of rows) {
    lines.push(`  ${row.query.name}: ${row.query.text}`);
    for (const [store, result] of [
      ['sqlite', row.sqlite],
      ['neo4j', row.neo4j],
    ] as const) {
      if (!result) continue;
      if (result.error) lines.push(`    ${store}: ${result.error}`);
      const plan = result.plan;
      if (!plan) continue;
      const hits = plan.dbHits === undefined ? '' : `, ${plan.dbHits} db hits`;
      lines.push(
        `    ${store}${plan.fullScan ? ' (full scan)' : ''}${hits}, first page p50 ${ms(result.firstPageP50Ms)} ms:`,
      );
      for (const statement of plan.statements) lines.push(`      ${statement}`);
    }
  }
  return lines.join('\n');
}
