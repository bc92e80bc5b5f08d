/**
 * The characters that a terminal or log viewer acts on instead of showing, as bodies of a regular-expression
 * character class (for `new RegExp(`[${...}]`, 'gu')`): C0 controls (newline, ESC, which starts ANSI CSI/OSC
 * sequences), DEL, C1 controls (U+009B is CSI on its own), the line and paragraph separators, and the bidi marks,
 * embeddings, overrides and isolates that reorder what follows them (U+061C, U+200E-200F, U+202A-202E, U+2066-2069).
 * One list, so that error excerpts and the CLI escape the same characters.
 */
export const TERMINAL_CONTROLS_BEYOND_C0 =
  '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';

/** TERMINAL_CONTROLS_BEYOND_C0 and the C0 controls. */
export const TERMINAL_CONTROLS = `\\u0000-\\u001f${TERMINAL_CONTROLS_BEYOND_C0}`;
