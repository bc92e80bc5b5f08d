import { SearchSyntaxError } from './search-syntax-error.js';
import { tokenize, type Token } from './search-tokens.js';

/**
 * The tokens of one query's text, read front to back, and where each part of the parsed query came from: the
 * column of every object built, and of primitive members (`limit`, `minDepth`, list entries), so that a problem
 * validateSearch finds later is reported at its column too (search-positions.ts).
 */
export class TokenStream {
  private readonly tokens: Token[];
  private index = 0;
  readonly columns = new WeakMap<object, number>();
  readonly memberColumns = new WeakMap<object, Map<string, number>>();

  constructor(text: string) {
    this.tokens = tokenize(text);
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }

  /** The token just read. */
  previous(): Token {
    return this.tokens[Math.max(this.index - 1, 0)] as Token;
  }

  isSymbol(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'symbol' && token.text === text;
  }

  isWord(text?: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'word' && (text === undefined || token.text === text);
  }

  /** Reads the symbol or keyword when it is next. */
  accept(text: string): boolean {
    if (!this.isSymbol(text) && !this.isWord(text)) return false;
    this.index++;
    return true;
  }

  expect(text: string, context: string): Token {
    if (!this.isSymbol(text) && !this.isWord(text)) this.fail(`expected "${text}" ${context}`);
    return this.next();
  }

  /** `column n: <expected>, found <the next token>`. */
  fail(expected: string, token = this.peek()): never {
    throw new SearchSyntaxError(token.column, `${expected}, found ${describeToken(token)}`);
  }

  failAt(token: Token, explanation: string): never {
    throw new SearchSyntaxError(token.column, explanation);
  }

  mark<T extends object>(node: T, column: number): T {
    this.columns.set(node, column);
    return node;
  }

  markMember(node: object, member: string | number, column: number): void {
    let members = this.memberColumns.get(node);
    if (!members) this.memberColumns.set(node, (members = new Map()));
    members.set(String(member), column);
  }
}

export function describeToken(token: Token): string {
  if (token.kind === 'end') return 'end of query';
  const text = token.text.length > 40 ? `${token.text.slice(0, 40)}…` : token.text;
  return token.kind === 'string' ? `the string ${JSON.stringify(text)}` : JSON.stringify(text);
}
