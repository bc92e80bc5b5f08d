/**
 * Property keys cannot be Cypher parameters, and labels and relationship types only through `$(…)`. Every one that is
 * built into a query text passes through here: it must match a strict identifier pattern (checked again at this last
 * step, whatever validated it before) and is then quoted with backticks, so even a pattern mistake could not end the
 * identifier. Dynamic labels and types (`$(row.kind)`) are checked against the same pattern (assertSafeIdentifiers).
 */

const IDENTIFIER_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const DATA_PROPERTY_PREFIX = 'data_';

/** Thrown only when a caller skipped validation: a programming error, not bad user input. */
export class UnsafeIdentifierError extends Error {
  constructor(readonly identifier: string) {
    super(`refusing to put a non-identifier into Cypher text (length ${identifier.length})`);
    this.name = 'UnsafeIdentifierError';
  }
}

export function isSafeIdentifier(value: unknown): value is string {
  return typeof value === 'string' && IDENTIFIER_PATTERN.test(value);
}

/** Labels and types given as parameters still name only what an identifier could (the pattern above). */
export function assertSafeIdentifiers(names: Iterable<string>): void {
  for (const name of names) if (!isSafeIdentifier(name)) throw new UnsafeIdentifierError(name);
}

/** `name` quoted for Cypher text: `` `aws_ec2_volume` ``. */
export function quoteIdentifier(name: string): string {
  if (!isSafeIdentifier(name)) throw new UnsafeIdentifierError(name);
  return `\`${name.replaceAll('`', '``')}\``;
}

/** The node property holding a primitive top-level data value, or undefined when the key must stay in JSON only. */
export function dataPropertyKey(dataKey: string): string | undefined {
  return isSafeIdentifier(dataKey) ? `${DATA_PROPERTY_PREFIX}${dataKey}` : undefined;
}
