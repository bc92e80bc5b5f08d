/**
 * SQL text with its positional parameters, built so that no value can reach the text: the `sql` template turns
 * every interpolated value into a `?` parameter, and only fragments (SQL already built this way) or `raw` text
 * written in this code (aliases, CTE names generated here, operators from fixed tables) are spliced.
 */
export interface SqlPart {
  readonly text: string;
  readonly params: readonly unknown[];
}

const PART = Symbol('sql part');

interface TaggedPart extends SqlPart {
  readonly [PART]: true;
}

function part(text: string, params: readonly unknown[]): TaggedPart {
  return { text, params, [PART]: true };
}

function isPart(value: unknown): value is SqlPart {
  return typeof value === 'object' && value !== null && PART in value;
}

/** Text from this module's own code only (never from a query): an alias, a generated name, a fixed operator. */
export function raw(text: string): SqlPart {
  return part(text, []);
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlPart {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, index) => {
    if (isPart(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[index + 1] ?? '';
  });
  return part(text, params);
}

export function joinSql(parts: readonly SqlPart[], separator: string): SqlPart {
  return part(
    parts.map((item) => item.text).join(separator),
    parts.flatMap((item) => item.params),
  );
}

export const TRUE_SQL = raw('1');
export const FALSE_SQL = raw('0');

/** Fresh names for the aliases and CTEs of one statement, so that correlated subqueries never shadow each other. */
export class SqlNames {
  private next = 0;

  fresh(prefix: string): string {
    this.next += 1;
    return `${prefix}${this.next}`;
  }
}
