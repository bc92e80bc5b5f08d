/** A query text with its parameters. Every value travels as a parameter; the text holds only quoted identifiers. */
export interface CypherStatement {
  text: string;
  params: Record<string, unknown>;
}

export function cypher(text: string, params: Record<string, unknown> = {}): CypherStatement {
  return { text, params };
}

/**
 * A write-path statement whose plan does not depend on the data's size: seeks on a uniqueness constraint, or on an
 * index named in a `USING INDEX` hint. `CYPHER replan=skip` keeps its cached plan while the graph grows: otherwise a
 * first sync, which grows the graph from nothing, makes the server plan each such statement again whenever its
 * statistics have moved by more than the divergence threshold (measured: a third of the server's profile samples in a
 * 10k first sync on a warm server, 3% with it).
 */
export function seekingCypher(text: string, params: Record<string, unknown> = {}): CypherStatement {
  return { text: `CYPHER replan=skip\n${text}`, params };
}
