import { TERMINAL_CONTROLS } from './terminal-controls.js';

/** The most characters of client input an error message quotes. */
export const MAX_EXCERPT_LENGTH = 48;

// What a terminal or log viewer acts on, lone surrogates, and quotes and backslashes so the excerpt's quotes stay
// unambiguous.
const UNSAFE_CHARACTER = new RegExp(`[${TERMINAL_CONTROLS}\\ud800-\\udfff"\\\\]`, 'gu');

/**
 * Client input as an error message may quote it: in double quotes, control characters escaped, cut after
 * `maxLength` characters (never inside a surrogate pair) with "…" and the full length. Every message that quotes
 * input goes through here, so no message carries more than a short, printable excerpt.
 */
export function excerpt(value: string, maxLength = MAX_EXCERPT_LENGTH): string {
  // A character is at most two UTF-16 units, so the first 2 * maxLength units hold every character shown.
  const isLong = value.length > maxLength * 2;
  const characters = Array.from(isLong ? value.slice(0, maxLength * 2) : value);
  const isCut = isLong || characters.length > maxLength;
  const shown = characters.slice(0, maxLength).join('').replace(UNSAFE_CHARACTER, escapeCharacter);
  return isCut ? `"${shown}…" (${value.length} characters)` : `"${shown}"`;
}

function escapeCharacter(character: string): string {
  if (character === '"') return '\\"';
  if (character === '\\') return '\\\\';
  if (character === '\n') return '\\n';
  if (character === '\r') return '\\r';
  if (character === '\t') return '\\t';
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
