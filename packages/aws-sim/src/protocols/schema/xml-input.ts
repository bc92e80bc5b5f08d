import type { NormalizedSchema } from '@smithy/core/schema';
import { parseScalarText } from './scalar-text.js';
import { shapeTypeOf } from './shape.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] as string;
  });
}

/** The text of each `<name>…</name>` directly in `xml` (no attributes on elements, as the SDKs write them). */
function elementTexts(xml: string, name: string): string[] {
  const pattern = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g');
  return [...xml.matchAll(pattern)].map((match) => match[1] as string);
}

/**
 * The members of a REST-XML request body (Route 53's ListTagsForResources `<ResourceIds><ResourceId>…`) that the
 * input schema binds to no header, label or query: scalars and lists of scalars, the shapes those requests use.
 */
export function xmlBodyMembers(
  body: string,
  members: readonly (readonly [string, NormalizedSchema])[],
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, member] of members) {
    const tag = (member.getMemberTraits().xmlName as string | undefined) ?? name;
    const [text] = elementTexts(body, tag);
    if (text === undefined) continue;
    if (shapeTypeOf(member) === 'list') {
      const item = member.getValueSchema();
      const itemTag = (item.getMergedTraits().xmlName as string | undefined) ?? 'member';
      input[name] = elementTexts(text, itemTag).map((value) =>
        parseScalarText(shapeTypeOf(item), unescapeXml(value), tag),
      );
    } else if (shapeTypeOf(member) !== 'struct' && shapeTypeOf(member) !== 'map') {
      input[name] = parseScalarText(shapeTypeOf(member), unescapeXml(text), tag);
    }
  }
  return input;
}
