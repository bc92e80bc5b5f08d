import type { InventoryApi } from '@cloud-inventory/protocol';
import { CliUsageError } from '../cli-errors.js';
import { parseWhere } from './where-expression.js';

const ARROW = /^(<-\[([^\]]*)\]-(?!>)|-\[([^\]]*)\]->|<--|-->)/;
const KINDS = /^[A-Za-z][A-Za-z0-9_]*(\|[A-Za-z][A-Za-z0-9_]*)*/;
const WHERE = /^where\s+/;

function usage(flag: string, expression: string, column: number, expected: string): CliUsageError {
  return new CliUsageError(`${flag} ${expression}: at column ${column}, expected ${expected}`);
}

function list(text: string): string[] {
  return text === '' ? [] : text.split('|');
}

/**
 * `--with` / `--without` PATH: hops written as arrows, each optionally followed by the kinds it reaches, then
 * optionally `where` and conditions on the last resource joined by `and`:
 * `<-[routes_to]- aws_elbv2_target_group -[belongs_to|routes_to]-> --> aws_vpc where CidrBlock=10.0.0.0/16`.
 * `-->` and `<--` follow edges of any type.
 */
export function parseRelatedPath(flag: '--with' | '--without', expression: string): InventoryApi.RelatedCondition {
  const path: InventoryApi.RelatedStep[] = [];
  let properties: InventoryApi.PropertyCondition[] = [];
  let position = 0;
  const rest = () => expression.slice(position);
  const skipSpaces = () => {
    while (position < expression.length && /\s/.test(expression[position] as string)) position++;
  };
  skipSpaces();
  while (position < expression.length) {
    const where = WHERE.exec(rest());
    if (where && path.length > 0) {
      properties = rest()
        .slice(where[0].length)
        .split(/\s+and\s+/)
        .map((condition) => parseWhere(condition.trim()));
      break;
    }
    const arrow = ARROW.exec(rest());
    if (!arrow) throw usage(flag, expression, position + 1, 'an arrow: -[TYPE]->, <-[TYPE]-, --> or <--');
    const incoming = arrow[0].startsWith('<');
    const types = list((incoming ? arrow[2] : arrow[3]) ?? '');
    const badType = types.find((type) => !/^[A-Za-z][A-Za-z0-9_]*$/.test(type));
    if (badType !== undefined) throw usage(flag, expression, position + 2, `edge types as TYPE|TYPE, not "${badType}"`);
    position += arrow[0].length;
    skipSpaces();
    const kinds = WHERE.test(rest()) ? null : KINDS.exec(rest());
    if (kinds) position += kinds[0].length;
    path.push({ direction: incoming ? 'IN' : 'OUT', edge_types: types, kinds: kinds ? list(kinds[0]) : [] });
    skipSpaces();
  }
  if (path.length === 0) throw usage(flag, expression, 1, 'at least one arrow: -[TYPE]->, <-[TYPE]-, --> or <--');
  return { path, absent: flag === '--without', properties };
}
