import type { InventoryApi } from '@cloud-inventory/protocol';
import { CliUsageError } from '../cli-errors.js';

// Longest first, so that `>=` is not read as `>`.
const operators: [string, InventoryApi.PropertyOperator][] = [
  ['>=', 'GTE'],
  ['<=', 'LTE'],
  ['!=', 'NE'],
  ['~', 'CONTAINS'],
  ['=', 'EQ'],
  ['>', 'GT'],
  ['<', 'LT'],
];

/** `--where NAME<op>VALUE` (op: = != < <= > >= ~) or `--where NAME?` (the property exists). */
export function parseWhere(expression: string): InventoryApi.PropertyCondition {
  if (expression.endsWith('?')) return { property: expression.slice(0, -1), op: 'EXISTS', value: '' };
  let best: { index: number; symbol: string; op: InventoryApi.PropertyOperator } | undefined;
  for (const [symbol, op] of operators) {
    const index = expression.indexOf(symbol);
    if (index > 0 && (best === undefined || index < best.index)) best = { index, symbol, op };
  }
  if (!best) throw new CliUsageError(`--where ${expression}: expected NAME=VALUE (or != < <= > >= ~), or NAME?`);
  return {
    property: expression.slice(0, best.index),
    op: best.op,
    value: expression.slice(best.index + best.symbol.length),
  };
}
