import { describe, expect, it } from '@jest/globals';
import { renderFields, renderTable } from './table.js';
import { terminalJson, terminalLines, terminalText } from './terminal-text.js';

// Everything a terminal acts on, and nothing it merely shows.
const printableAscii = /^[\x20-\x7e]*$/;

describe('terminalText', () => {
  it('shows every C0 control, DEL and newline as an escape', () => {
    const c0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('') + '\x7f';
    const shown = terminalText(c0);
    expect(shown).toMatch(printableAscii);
    expect(shown.startsWith('\\x00\\x01')).toBe(true);
    expect(shown).toContain('\\t\\n\\x0b\\x0c\\r');
    expect(shown).toContain('\\x1b');
    expect(shown.endsWith('\\x1f\\x7f')).toBe(true);
  });

  it('shows every C1 control as an escape, CSI (U+009B) and OSC (U+009D) among them', () => {
    const c1 = Array.from({ length: 0x20 }, (_, offset) => String.fromCharCode(0x80 + offset)).join('');
    const shown = terminalText(c1);
    expect(shown).toMatch(printableAscii);
    expect(shown).toContain('\\x9b');
    expect(shown).toContain('\\x9d');
    expect(shown.split('\\x')).toHaveLength(0x21);
  });

  it('defuses ESC-based sequences: clear screen (CSI), window title (OSC), colours', () => {
    const hostile = 'web\x1b[2J\x1b[H\x1b]0;owned\x07\x1b[31mred\x1b[0m';
    expect(terminalText(hostile)).toBe('web\\x1b[2J\\x1b[H\\x1b]0;owned\\x07\\x1b[31mred\\x1b[0m');
  });

  it('shows bidi overrides, embeddings and isolates, which would reorder what follows', () => {
    const bidi = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    const shown = terminalText(bidi.map((code) => `x${String.fromCharCode(code)}`).join(''));
    expect(shown).toBe('x\\u202ax\\u202bx\\u202cx\\u202dx\\u202ex\\u2066x\\u2067x\\u2068x\\u2069');
    expect(terminalText('a\u2028b\u2029c\u200ed\u200fe\u061cf')).toBe('a\\u2028b\\u2029c\\u200ed\\u200fe\\u061cf');
  });

  it('leaves printable text alone, accents, CJK and emoji included, and changes nothing when applied twice', () => {
    const plain = 'prod-web · Zürich 東京 🚀 C:\\path "quoted"';
    expect(terminalText(plain)).toBe(plain);
    const hostile = 'a\x1b[2J\nb\u202ec\x9b';
    expect(terminalText(terminalText(hostile))).toBe(terminalText(hostile));
  });

  it('keeps the line breaks of a block and escapes the rest of each line', () => {
    expect(terminalLines('one\x1b[2J\ntwo\u202e')).toBe('one\\x1b[2J\ntwo\\u202e');
  });
});

describe('tables and fields', () => {
  it('keep one line per row whatever the values hold', () => {
    const rows = [
      { name: 'first\nsecond\r\nthird', tag: 'x\x1b]0;title\x07' },
      { name: 'ok', tag: 'y' },
    ];
    const table = renderTable(
      [
        { title: 'name', value: (row: (typeof rows)[number]) => row.name },
        { title: 'tag', value: (row) => row.tag },
      ],
      rows,
    );
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('first\\nsecond\\r\\nthird  x\\x1b]0;title\\x07');
    for (const line of lines) expect(line).toMatch(printableAscii);
  });

  it('escape field names and values', () => {
    expect(renderFields([['na\x1bme', 'v\n\u202ev']])).toBe('na\\x1bme: v\\n\\u202ev');
  });
});

describe('terminalJson', () => {
  it('parses back to exactly the same values, with nothing a terminal acts on left raw', () => {
    const value = {
      name: 'evil\x1b[2J\x1b]0;pwned\x07\nline\u202eright\x9b31m\x7f\u2028',
      tags: { 'a=b': 'x\u2066y' },
      size: 8,
    };
    const json = terminalJson(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).toMatch(/^[\x20-\x7e\n]*$/);
    // Beyond those characters, it is JSON.stringify's output byte for byte.
    expect(json.replace(/\\u(00[89][0-9a-f]|007f|2028|202e|2066)/g, (escape) => JSON.parse(`"${escape}"`))).toBe(
      JSON.stringify(value, null, 2),
    );
  });
});
