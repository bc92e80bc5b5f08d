import { escapeXml } from '../xml.js';

/** Writes the element(s) of one member, tag included. */
export type ElementWriter = (value: unknown) => string;

/** A structure member: a scalar written inline, or an element writer of its own. */
export type StructMember = { name: string; tag: string } & (
  { text: 'escaped' | 'plain'; write?: undefined } | { text?: undefined; write: ElementWriter }
);

/**
 * The content of a structure as one generated function: one constant-named property read per member (monomorphic,
 * unlike a loop over names), scalars written inline. Names and tags come from the SDK's schemas, quoted as literals.
 */
export function compileStructContent(members: StructMember[]): (value: unknown) => string {
  const writers: ElementWriter[] = [];
  let body = "let x = '';\nlet f;\n";
  for (const member of members) {
    const read = `f = v[${JSON.stringify(member.name)}];\n`;
    const open = JSON.stringify(`<${member.tag}>`);
    const close = JSON.stringify(`</${member.tag}>`);
    if (member.write) {
      writers.push(member.write);
      body += `${read}if (f !== undefined && f !== null) x += w[${writers.length - 1}](f);\n`;
    } else {
      const text = member.text === 'escaped' ? 'esc(String(f))' : "('' + f)";
      body += `${read}if (f !== undefined && f !== null) x += ${open} + ${text} + ${close};\n`;
    }
  }
  body += 'return x;';
  const content = new Function('w', 'esc', `return function content(v) {\n${body}\n};`) as (
    w: ElementWriter[],
    esc: (text: string) => string,
  ) => (value: unknown) => string;
  return content(writers, escapeXml);
}
