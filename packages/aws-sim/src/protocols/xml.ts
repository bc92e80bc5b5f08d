// A carriage return is a reference, as AWS writes it: XML parsers turn a literal one into a line feed.
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#xD;',
};

export function escapeXml(text: string): string {
  return /[&<>"'\r]/.test(text) ? text.replace(/[&<>"'\r]/g, (c) => ESCAPES[c] as string) : text;
}

type XmlValue = string | number | boolean | Date | undefined;

/** `<name>value</name>`, or nothing when the value is undefined (AWS omits absent fields). */
export function tag(name: string, value: XmlValue): string {
  if (value === undefined) return '';
  const text =
    value instanceof Date ? value.toISOString() : typeof value === 'string' ? escapeXml(value) : String(value);
  return `<${name}>${text}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
