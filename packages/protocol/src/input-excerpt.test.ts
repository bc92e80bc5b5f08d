import { describe, expect, it } from '@jest/globals';
import { excerpt } from './input-excerpt.js';

describe('excerpt', () => {
  it('quotes short input whole', () => {
    expect(excerpt('vol-1')).toBe('"vol-1"');
  });

  it('escapes control characters, quotes, backslashes and bidirectional overrides', () => {
    expect(excerpt('a\nb\u001b[31m"c"\\\u202e\u0000')).toBe('"a\\nb\\u001b[31m\\"c\\"\\\\\\u202e\\u0000"');
  });

  it('escapes every character the CLI escapes for the terminal: C1, separators, bidi marks and isolates', () => {
    expect(excerpt('\u009b\u2028\u061c\u200f\u2066')).toBe('"\\u009b\\u2028\\u061c\\u200f\\u2066"');
  });

  it('cuts long input after 48 characters and gives its length', () => {
    expect(excerpt('x'.repeat(200_000))).toBe(`"${'x'.repeat(48)}…" (200000 characters)`);
  });

  it('never cuts inside a surrogate pair, and escapes a lone surrogate', () => {
    const cut = excerpt('😀'.repeat(60));
    expect(cut).toBe(`"${'😀'.repeat(48)}…" (120 characters)`);
    expect(excerpt('a\ud800b')).toBe('"a\\ud800b"');
  });
});
