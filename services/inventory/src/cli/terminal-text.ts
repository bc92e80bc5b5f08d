import { TERMINAL_CONTROLS, TERMINAL_CONTROLS_BEYOND_C0 } from '@cloud-inventory/protocol';

/** Characters that a terminal acts on instead of showing (the list error excerpts escape too). */
const actingCharacters = new RegExp(`[${TERMINAL_CONTROLS}]`, 'gu');

// The same without C0, which JSON.stringify already escapes (and whose newlines lay out pretty-printed JSON).
const actingCharactersLeftRawByJson = new RegExp(`[${TERMINAL_CONTROLS_BEYOND_C0}]`, 'gu');

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return (
    named[character] ??
    (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
  );
}

/**
 * Text from the inventory (names, tags, data, errors: all of it can come from AWS) made safe to print: every character
 * a terminal would act on is shown as an escape (`\x1b`, `\n`, `\u202e`), so it can neither drive the terminal nor
 * break a line of a table. Idempotent: escaping escaped text changes nothing.
 */
export function terminalText(text: string): string {
  return text.replace(actingCharacters, visible);
}

/** Each line of a text block made safe, keeping the line breaks of the block itself. */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n');
}

/**
 * JSON for stdout: exactly the values (JSON.parse gives back every byte of every string), with the characters that
 * JSON.stringify leaves raw but a terminal acts on (DEL, C1, separators, bidi) written as \u escapes, which mean the
 * same in JSON.
 */
export function terminalJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    actingCharactersLeftRawByJson,
    (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
