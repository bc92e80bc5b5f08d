/** The most characters of client input an error message quotes. */
export const MAX_EXCERPT_LENGTH = 48;

// C0 and C1 controls, DEL, lone surrogates, and the line separators and bidirectional controls that split or reorder
// what a terminal or log viewer shows; quotes and backslashes so the excerpt's quotes stay unambiguous.
const UNSAFE_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"\\]/gu;

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
