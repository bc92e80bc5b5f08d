import { SearchSyntaxError } from './search-syntax-error.js';

/**
 * The tokens of a query's text. A bare word runs over letters, digits and `_ - . : / * ? @ + %`, so that
 * `data.State.Name`, `now-90d`, `2024-05-01T10:00:00Z`, `web-*` and `10.0.0.0/8` are one token each; it stops
 * before an arrow (`name = a-->` is the word `a` and a step).
 */
export interface Token {
  kind: 'word' | 'string' | 'symbol' | 'end';
  /** The word, the symbol, or a string's decoded value. */
  text: string;
  /** 1-based. */
  column: number;
}

const WORD_CHAR = /[A-Za-z0-9_.:/*?@+%-]/;
const WHITESPACE = /\s/;
/** Longest first: `<-->` before `<--` before `<-[` before `<=` before `<`. */
const SYMBOLS = [
  '<-->',
  '<--',
  '<-[',
  '-->',
  '-[',
  '->',
  '<=',
  '>=',
  '!=',
  '==',
  '<',
  '>',
  '=',
  '~',
  '(',
  ')',
  '[',
  ']',
  ',',
  '|',
  '-',
];
const ESCAPES: Record<string, string> = {
  '"': '"',
  "'": "'",
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (WHITESPACE.test(char)) {
      index++;
    } else if (char === '"' || char === "'") {
      const string = readString(text, index);
      tokens.push({ kind: 'string', text: string.value, column: index + 1 });
      index = string.end;
    } else if (isWordStart(text, index)) {
      const start = index;
      while (index < text.length && WORD_CHAR.test(text[index] as string) && !isArrowAt(text, index)) index++;
      tokens.push({ kind: 'word', text: text.slice(start, index), column: start + 1 });
    } else {
      const symbol = SYMBOLS.find((candidate) => text.startsWith(candidate, index));
      if (symbol === undefined) {
        throw new SearchSyntaxError(
          index + 1,
          `unexpected character ${JSON.stringify(char)} (quote text that holds it)`,
        );
      }
      tokens.push({ kind: 'symbol', text: symbol === '==' ? '=' : symbol, column: index + 1 });
      index += symbol.length;
    }
  }
  tokens.push({ kind: 'end', text: '', column: text.trimEnd().length + 1 });
  return tokens;
}

/** A `-` starts a word only before a digit or a dot (`-90d`, `-2.5`, `-.5`); otherwise it is part of an arrow. */
function isWordStart(text: string, index: number): boolean {
  const char = text[index] as string;
  if (char !== '-') return WORD_CHAR.test(char);
  return /[0-9.]/.test(text[index + 1] ?? '');
}

function isArrowAt(text: string, index: number): boolean {
  return (
    text[index] === '-' &&
    (text.startsWith('->', index) || text.startsWith('-->', index) || text.startsWith('-[', index))
  );
}

/** JSON's escapes, plus `\'`; either quote may delimit. */
function readString(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  let value = '';
  let index = start + 1;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === quote) return { value, end: index + 1 };
    if (char !== '\\') {
      value += char;
      index++;
      continue;
    }
    const escape = text[index + 1] ?? '';
    if (escape === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(index + 2, index + 6))) {
      value += String.fromCharCode(Number.parseInt(text.slice(index + 2, index + 6), 16));
      index += 6;
    } else if (Object.hasOwn(ESCAPES, escape)) {
      value += ESCAPES[escape];
      index += 2;
    } else {
      throw new SearchSyntaxError(index + 1, `unknown escape "\\${escape}" in a string (JSON escapes, and \\')`);
    }
  }
  throw new SearchSyntaxError(start + 1, `the string that starts here has no closing ${quote}`);
}
