import { parseIsoInstant } from './iso-time.js';
import type { Literal } from './search-query.js';

/**
 * How bare words read as literals, and how literals are written back (format-search.ts). What a bare word means
 * depends on the operator before it:
 * - after `=`, `!=` and in `in` lists: a number (`10`, `-2.5`, `1e3`), `true` / `false`, or else text;
 * - after `<`, `<=`, `>`, `>=`: a number, a time (`now`, `now-90d`, `now+1h`, `-90d`, `2024-05-01`,
 *   `2024-05-01T10:00:00Z`), a duration (`90d`, `1d12h`: what `age` compares with), or else text;
 * - after `contains`, `~` and `like`: always text.
 * A quoted string is always text.
 */
export type LiteralContext = 'equality' | 'order' | 'text';

const NUMBER_PATTERN = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DURATION_PATTERN = /^(?:\d+[smhdw])+$/;
const RELATIVE_PATTERN = /^(?:now([+-])|-)((?:\d+[smhdw])+)$/;
const UNIT_SECONDS: Record<string, number> = { w: 604_800, d: 86_400, h: 3600, m: 60, s: 1 };

export function bareLiteral(word: string, context: LiteralContext): Literal {
  if (context === 'text') return { type: 'string', value: word };
  if (NUMBER_PATTERN.test(word)) return { type: 'number', value: Number(word) };
  if (context === 'equality') {
    if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true' };
    return { type: 'string', value: word };
  }
  if (word === 'now') return { type: 'relative_time', offsetSeconds: 0 };
  const relative = RELATIVE_PATTERN.exec(word);
  if (relative) {
    const seconds = durationSeconds(relative[2] as string);
    return { type: 'relative_time', offsetSeconds: relative[1] === '+' ? seconds : -seconds };
  }
  if (DURATION_PATTERN.test(word)) return { type: 'duration', seconds: durationSeconds(word) };
  if (parseIsoInstant(word) !== undefined) return { type: 'time', value: word };
  if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true' };
  return { type: 'string', value: word };
}

function durationSeconds(text: string): number {
  let seconds = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([smhdw])/g)) seconds += Number(amount) * UNIT_SECONDS[unit!]!;
  return seconds;
}

/** `90d`, `1d12h`, `0s`: whole seconds in the largest units, days the largest (`90d` reads better than `12w6d`). */
export function formatDuration(seconds: number): string {
  let rest = seconds;
  let text = '';
  for (const [unit, size] of Object.entries(UNIT_SECONDS).filter(([unit]) => unit !== 'w')) {
    const amount = Math.floor(rest / size);
    if (amount > 0) text += `${amount}${unit}`;
    rest -= amount * size;
  }
  return text || '0s';
}

export function formatLiteral(literal: Literal): string {
  switch (literal.type) {
    case 'string':
      return JSON.stringify(literal.value);
    case 'number':
      return Object.is(literal.value, -0) ? '-0' : String(literal.value);
    case 'boolean':
      return String(literal.value);
    case 'time':
      return literal.value;
    case 'relative_time':
      if (literal.offsetSeconds === 0) return 'now';
      return `now${literal.offsetSeconds < 0 ? '-' : '+'}${formatDuration(Math.abs(literal.offsetSeconds))}`;
    case 'duration':
      return formatDuration(literal.seconds);
  }
}
