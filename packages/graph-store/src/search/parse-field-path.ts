import { CHANGE_FIELDS, CORE_FIELDS, type FieldPath, type PathSegment } from './search-query.js';
import type { TokenStream } from './search-token-stream.js';

/**
 * A path as written: a core field (`name`, `created_at`, `age`; in a change search one of CHANGE_FIELDS),
 * `tags.team` / `tags["aws:cloudformation:stack-name"]`, or `data.` keys, `["any key"]`, `[0]` indexes and
 * `[any]` / `[all]` / `[none]` quantifiers (`data.IpPermissions[any].IpRanges[any].CidrIp`). Keys after a dot are
 * identifiers (letters, digits, underscores), the keys formatFieldPath writes with a dot.
 */
export function parseFieldPath(stream: TokenStream, target: 'resources' | 'changes'): FieldPath {
  const token = stream.peek();
  if (token.kind !== 'word') stream.fail('expected a field (name, tags.<key>, data.<key>, ...)');
  stream.next();
  const [head = '', ...keys] = token.text.split('.');
  const fields: readonly string[] = target === 'changes' ? CHANGE_FIELDS : CORE_FIELDS;
  if (fields.includes(head)) {
    if (keys.length > 0 || stream.isSymbol('[')) stream.failAt(token, `${head} is a field of its own; it has no parts`);
    return stream.mark({ root: 'field', name: head } as FieldPath, token.column);
  }
  if (target === 'changes') {
    stream.failAt(token, `unknown change field ${JSON.stringify(token.text)}: one of ${CHANGE_FIELDS.join(', ')}`);
  }
  if (head === 'tags') return stream.mark({ root: 'tag', key: tagKey(stream, keys, token.column) }, token.column);
  if (head === 'data')
    return stream.mark({ root: 'data', segments: dataSegments(stream, keys, token.column) }, token.column);
  const name = JSON.stringify(token.text);
  return stream.failAt(
    token,
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(token.text)
      ? `unknown field ${name}: write data.${token.text} for a value in data, or tags.${token.text} for a tag`
      : `expected a field (name, tags.<key>, data.<key>, ...), found ${name}`,
  );
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function tagKey(stream: TokenStream, keys: string[], column: number): string {
  if (keys.length === 1 && IDENTIFIER.test(keys[0] as string) && !stream.isSymbol('[')) return keys[0] as string;
  if (keys.length === 0 && stream.isSymbol('[')) {
    stream.next();
    const key = stream.peek();
    if (key.kind !== 'string') stream.fail('expected a quoted tag key after "tags["');
    stream.next();
    stream.expect(']', 'after the tag key');
    if (stream.isSymbol('[') || (stream.isWord() && stream.peek().text.startsWith('.'))) {
      stream.fail('a tag is text; it has no parts');
    }
    return key.text;
  }
  return stream.failAt(
    { kind: 'word', text: '', column },
    'expected a tag key: tags.<letters, digits, underscores> or tags["any key"]',
  );
}

function dataSegments(stream: TokenStream, keys: string[], column: number): PathSegment[] {
  const segments: PathSegment[] = [];
  const addKeys = (parts: string[], at: number) => {
    for (const key of parts) {
      if (!IDENTIFIER.test(key)) {
        stream.failAt(
          { kind: 'word', text: key, column: at },
          `${JSON.stringify(key)} is not a key to write after a dot: write ["${key}"]`,
        );
      }
      segments.push(stream.mark({ key }, at));
    }
  };
  addKeys(keys, column);
  for (;;) {
    if (stream.isSymbol('[')) {
      segments.push(bracketSegment(stream));
    } else if (stream.isWord() && stream.peek().text.startsWith('.') && segments.length > 0) {
      const word = stream.next();
      addKeys(word.text.slice(1).split('.'), word.column);
    } else {
      break;
    }
  }
  if (segments.length === 0)
    stream.failAt({ kind: 'word', text: '', column }, 'expected a key after data (data.State)');
  return segments;
}

function bracketSegment(stream: TokenStream): PathSegment {
  const open = stream.next();
  const inner = stream.next();
  let segment: PathSegment;
  if (inner.kind === 'string') segment = { key: inner.text };
  else if (inner.kind === 'word' && /^\d+$/.test(inner.text)) segment = { index: Number(inner.text) };
  else if (inner.kind === 'word' && ['any', 'all', 'none'].includes(inner.text)) {
    segment = { quantifier: inner.text as 'any' | 'all' | 'none' };
  } else stream.fail('expected "any", "all", "none", an index or a quoted key inside [ ]', inner);
  stream.expect(']', 'to close the path segment');
  return stream.mark(segment, open.column);
}
