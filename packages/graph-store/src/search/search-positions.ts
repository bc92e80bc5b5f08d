import type { TokenStream } from './search-token-stream.js';

/**
 * The column of the part of a parsed query that a field path names (`query.filter.terms[1].value[3]`): the deepest
 * object or member on the way that the parser marked.
 */
export function columnOfField(root: object, field: string, stream: TokenStream): number {
  let column = stream.columns.get(root) ?? 1;
  let current: unknown = root;
  for (const [, name, index] of field.replace(/^query/, '').matchAll(/\.([^.[]+)|\[(\d+)\]/g)) {
    const member = (name ?? index) as string;
    if (current === null || typeof current !== 'object') break;
    column = stream.memberColumns.get(current)?.get(member) ?? column;
    current = (current as Record<string, unknown>)[member];
    if (current !== null && typeof current === 'object') column = stream.columns.get(current) ?? column;
  }
  return column;
}
