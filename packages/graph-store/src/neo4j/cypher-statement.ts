/** A query text with its parameters. Every value travels as a parameter; the text holds only quoted identifiers. */
export interface CypherStatement {
  text: string;
  params: Record<string, unknown>;
}

export function cypher(text: string, params: Record<string, unknown> = {}): CypherStatement {
  return { text, params };
}
