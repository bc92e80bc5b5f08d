import { InvalidStoreArgumentError } from '../errors.js';
import { SEARCH_LIMITS } from './search-limits.js';

/**
 * The regular expressions a search may hold: a subset that means the same in JavaScript (flags `su`: `.` matches
 * any character, newlines included, by code point) and in Java (javaFindPattern), and that cannot backtrack
 * catastrophically.
 *
 * Allowed: literal characters, escaped metacharacters (`\. \* \+ \? \( \) \[ \] \{ \} \| \^ \$ \\ \/`, in a class
 * also `\-`), `\t \n \r \f`, `.`, classes `[...]` / `[^...]` with ranges, `\d \w \s \D \W \S` (`\d` `\w` ASCII,
 * `\s` ECMAScript whitespace), anchors `^ $` (the start and end of the whole text), groups `( )` `(?: )`, `|`, and
 * the greedy quantifiers `* + ? {m} {m,} {m,n}` (m, n <= 1000). Refused: everything else, in particular
 * backreferences, lookaround, named groups, flags, `\b`, unicode and hex escapes, lazy and possessive quantifiers,
 * a quantifier on a group that holds a quantifier (`(a+)*`), and unescaped `{ } ]` outside a class.
 */
export function validateRegex(pattern: string, field: string): void {
  if (typeof pattern !== 'string') throw new InvalidStoreArgumentError(field, 'must be a string');
  if (pattern.length > SEARCH_LIMITS.patternLength) {
    throw new InvalidStoreArgumentError(field, `must have at most ${SEARCH_LIMITS.patternLength} characters`);
  }
  new RegexScanner(pattern, field).scan();
}

/**
 * The Java pattern (Neo4j's `=~`, which must match the whole text) that finds `pattern` anywhere in a text with the
 * meaning validateRegex documents. Call validateRegex first.
 */
export function javaFindPattern(pattern: string): string {
  return `(?s).*?(?:${new RegexScanner(pattern, 'pattern').scan()}).*`;
}

const MAX_REPEAT = 1000;
const SYNTAX_ESCAPES = new Set([...'^$\\.*+?()[]{}|/']);
const CONTROL_ESCAPES = new Set([...'tnrf']);
const CLASS_ESCAPES = new Set([...'dwsDWS']);
// ECMAScript's \s: WhiteSpace and LineTerminator; Java's \s is ASCII only.
const JS_WHITESPACE = '\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';

/** Walks a pattern once, refusing what the subset excludes and writing the Java form of what it allows. */
class RegexScanner {
  private index = 0;

  constructor(
    private readonly pattern: string,
    private readonly field: string,
  ) {}

  scan(): string {
    const { java } = this.alternation();
    if (this.index < this.pattern.length) this.fail('has an unmatched ")"');
    return java;
  }

  private fail(reason: string): never {
    throw new InvalidStoreArgumentError(this.field, `${reason} (at character ${this.index + 1} of the pattern)`);
  }

  private peek(offset = 0): string | undefined {
    return this.pattern[this.index + offset];
  }

  /** One character (a whole code point), consumed. */
  private take(): string {
    const code = this.pattern.codePointAt(this.index) as number;
    const char = String.fromCodePoint(code);
    this.index += char.length;
    return char;
  }

  private alternation(): { java: string; quantified: boolean } {
    let java = '';
    let quantified = false;
    for (;;) {
      const branch = this.sequence();
      java += branch.java;
      quantified ||= branch.quantified;
      if (this.peek() !== '|') return { java, quantified };
      this.index++;
      java += '|';
    }
  }

  private sequence(): { java: string; quantified: boolean } {
    let java = '';
    let quantified = false;
    while (this.index < this.pattern.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      java += atom.java;
      quantified ||= atom.quantified;
      const quantifier = this.quantifier();
      if (quantifier === undefined) continue;
      if (!atom.repeatable) this.fail('repeats something that cannot be repeated');
      if (atom.quantified) this.fail('repeats a group that holds a quantifier (catastrophic backtracking)');
      java += quantifier;
      quantified = true;
    }
    return { java, quantified };
  }

  private atom(): { java: string; repeatable: boolean; quantified: boolean } {
    const char = this.take();
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return { java: this.characterClass(), repeatable: true, quantified: false };
      case '\\':
        return { java: this.escape(false), repeatable: true, quantified: false };
      case '^':
        return { java: '^', repeatable: false, quantified: false };
      case '$':
        return { java: '\\z', repeatable: false, quantified: false };
      case '*':
      case '+':
      case '?':
      case '{':
        this.index--;
        return this.fail(`has "${char}" with nothing to repeat`);
      case '}':
      case ']':
        this.index--;
        return this.fail(`must escape "${char}" as "\\${char}"`);
      default:
        return { java: char, repeatable: true, quantified: false };
    }
  }

  private group(): { java: string; repeatable: boolean; quantified: boolean } {
    if (this.peek() === '?') {
      if (this.peek(1) !== ':') this.fail('uses lookaround, a named group or flags, which the subset excludes');
      this.index += 2;
    }
    const inner = this.alternation();
    if (this.peek() !== ')') this.fail('has an unclosed "("');
    this.index++;
    return { java: `(?:${inner.java})`, repeatable: true, quantified: inner.quantified };
  }

  private quantifier(): string | undefined {
    const char = this.peek();
    let text: string;
    if (char === '*' || char === '+' || char === '?') {
      this.index++;
      text = char;
    } else if (char === '{') {
      text = this.counted();
    } else {
      return undefined;
    }
    const next = this.peek();
    if (next === '?' || next === '+') this.fail('uses a lazy or possessive quantifier, which the subset excludes');
    if (next === '*' || next === '{') this.fail('repeats a quantifier');
    return text;
  }

  private counted(): string {
    const match = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(this.pattern.slice(this.index));
    if (!match) this.fail('has a "{" that is not a quantifier {m}, {m,} or {m,n} (escape it as "\\{")');
    const min = Number(match[1]);
    const max = match[3] ? Number(match[3]) : min;
    if (min > MAX_REPEAT || max > MAX_REPEAT) this.fail(`repeats more than ${MAX_REPEAT} times`);
    if (max < min) this.fail('has a quantifier {m,n} with n < m');
    this.index += match[0].length;
    return match[0];
  }

  /** After a backslash. */
  private escape(inClass: boolean): string {
    const char = this.peek();
    if (char === undefined) this.fail('ends with a lone "\\"');
    this.index++;
    if (SYNTAX_ESCAPES.has(char) || (inClass && char === '-')) return `\\${char}`;
    if (CONTROL_ESCAPES.has(char)) return `\\${char}`;
    if (char === 's') return inClass ? JS_WHITESPACE : `[${JS_WHITESPACE}]`;
    if (char === 'S') return `[^${JS_WHITESPACE}]`;
    if (CLASS_ESCAPES.has(char)) return `\\${char}`;
    this.index -= 2;
    return this.fail(`uses the escape "\\${char}", which the subset excludes`);
  }

  /** After `[`: the class, in Java form (nested classes there are unions, which is how \s and \S are written). */
  private characterClass(): string {
    let java = '[';
    if (this.peek() === '^') {
      this.index++;
      java += '^';
    }
    const first = this.index;
    if (this.peek() === ']') this.fail('has an empty class "[]"');
    while (this.peek() !== ']') {
      if (this.index >= this.pattern.length) this.fail('has an unclosed "["');
      const start = this.classMember(this.index === first);
      java += start.java;
      if (start.char === undefined || this.peek() !== '-' || this.peek(1) === ']') continue;
      this.index++;
      const end = this.classMember(false);
      if (end.char === undefined) this.fail('has a range that ends with a class escape');
      if (end.char.codePointAt(0)! < start.char.codePointAt(0)!) this.fail('has a range out of order');
      java += `-${end.java}`;
    }
    this.index++;
    return `${java}]`;
  }

  /** A single character of a class (`char` set, a possible range end) or a class escape (`char` undefined). */
  private classMember(isFirst: boolean): { java: string; char?: string } {
    const char = this.peek() as string;
    if (char === '[') this.fail('must escape "[" inside a class as "\\["');
    if (char === '&' && this.peek(1) === '&') this.fail('has "&&" inside a class (escape one "&")');
    if (char === '-' && !isFirst && this.peek(1) !== ']') this.fail('must escape "-" inside a class as "\\-"');
    if (char !== '\\') {
      const literal = this.take();
      return { java: literal, char: literal };
    }
    this.index++;
    const escaped = this.peek();
    const java = this.escape(true);
    return escaped !== undefined && CLASS_ESCAPES.has(escaped) ? { java } : { java, char: unescape(java) };
  }
}

function unescape(java: string): string {
  const controls: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f' };
  const char = java.slice(1);
  return controls[char] ?? char;
}
