const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string) : text;
}

type XmlValue = string | number | boolean | Date | undefined;

/** `<name>value</name>`, or nothing when the value is undefined (AWS omits absent fields). */
export function tag(name: string, value: XmlValue): string {
  if (value === undefined) return '';
  const text =
    value instanceof Date ? value.toISOString() : typeof value === 'string' ? escapeXml(value) : String(value);
  return `<${name}>${text}</${name}>`;
}

/** `<name>...</name>` around already rendered children. */
export function wrap(name: string, children: string): string {
  return `<${name}>${children}</${name}>`;
}

/** An EC2-style list: `<name><item>...</item>...</name>`. */
export function itemList<T>(name: string, items: readonly T[], render: (item: T) => string): string {
  if (items.length === 0) return `<${name}/>`;
  let body = '';
  for (const item of items) body += `<item>${render(item)}</item>`;
  return `<${name}>${body}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
