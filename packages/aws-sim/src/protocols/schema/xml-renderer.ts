import type { NormalizedSchema } from '@smithy/core/schema';
import { escapeXml } from '../xml.js';
import { compileStructContent, type ElementWriter, type StructMember } from './struct-content.js';
import {
  formatTimestamp,
  isResponseBound,
  normalize,
  shapeTypeOf,
  timestampFormatOf,
  type SchemaRef,
  type TimestampFormat,
} from './shape.js';

/** Renders one shape's value: the attributes of its element and its content. */
interface ShapeXml {
  attributes(value: unknown): string;
  content(value: unknown): string;
}

const NO_ATTRIBUTES = (): string => '';

/** ` xmlns:prefix="uri"` from a member's xmlNamespace trait (the schemas give it as [prefix, uri]). */
function namespaceAttribute(ns: NormalizedSchema): string {
  const trait = ns.getMergedTraits().xmlNamespace as
    readonly [string, string] | { prefix?: string; uri: string } | undefined;
  if (!trait) return '';
  const [prefix, uri] = Array.isArray(trait)
    ? trait
    : [(trait as { prefix?: string }).prefix, (trait as { uri: string }).uri];
  return prefix ? ` xmlns:${prefix}="${escapeXml(uri ?? '')}"` : ` xmlns="${escapeXml(uri ?? '')}"`;
}

/**
 * Compiles XML renderers from the SDK's schemas, the way the SDK's XmlShapeDeserializer reads them: a member is the
 * element named by its xmlName trait (else its member name), lists wrap items named by the list member's xmlName
 * (`item` in EC2, `member` in Query) unless flattened, maps use `entry`/`key`/`value`, xmlAttribute members become
 * attributes. The renderers are string concatenation, compiled once per shape: this is the simulator's hot path.
 */
export class XmlRenderer {
  private readonly cache = new WeakMap<object, ShapeXml>();

  constructor(
    private readonly defaultTimestamp: TimestampFormat,
    /** REST protocols carry http-bound members outside the body. */
    private readonly skipHttpBound: boolean,
  ) {}

  /** `<root xmlns>...</root>` for a structure value. */
  document(ref: SchemaRef, value: unknown, rootName: string, xmlns?: string): string {
    const ns = normalize(ref);
    const shape = this.shape(ns);
    const namespace = xmlns ? ` xmlns="${xmlns}"` : '';
    return `<${rootName}${namespace}${shape.attributes(value)}>${shape.content(value)}</${rootName}>`;
  }

  /** The content of a structure value without its own element (EC2 and Query put it inside their envelope). */
  content(ref: SchemaRef, value: unknown): string {
    return this.shape(normalize(ref)).content(value);
  }

  private shape(ns: NormalizedSchema): ShapeXml {
    const type = shapeTypeOf(ns);
    if (type === 'struct' || type === 'list' || type === 'map') {
      const key = ns.getSchema() as unknown as object;
      const known = this.cache.get(key);
      if (known) return known;
      // recursive shapes reach themselves while compiling: they get a forwarding entry first
      const target: { built?: ShapeXml } = {};
      const forward: ShapeXml = {
        attributes: (value) => (target.built as ShapeXml).attributes(value),
        content: (value) => (target.built as ShapeXml).content(value),
      };
      this.cache.set(key, forward);
      const built = type === 'struct' ? this.struct(ns) : { attributes: NO_ATTRIBUTES, content: () => '' };
      target.built = built;
      this.cache.set(key, built);
      return built;
    }
    return { attributes: NO_ATTRIBUTES, content: this.scalar(ns, type) };
  }

  private scalar(ns: NormalizedSchema, type: string): (value: unknown) => string {
    if (type === 'timestamp') {
      const format = timestampFormatOf(ns, this.defaultTimestamp);
      return (value) => String(formatTimestamp(value, format));
    }
    if (type === 'blob') {
      return (value) => (typeof value === 'string' ? value : Buffer.from(value as Uint8Array).toString('base64'));
    }
    if (type === 'string') return (value) => escapeXml(String(value));
    if (type === 'document') return (value) => escapeXml(typeof value === 'string' ? value : JSON.stringify(value));
    return (value) => String(value);
  }

  private struct(ns: NormalizedSchema): ShapeXml {
    const members: StructMember[] = [];
    const attributes: { name: string; attribute: string; render: (value: unknown) => string }[] = [];
    for (const [name, member] of ns.structIterator()) {
      if (this.skipHttpBound && isResponseBound(member)) continue;
      const traits = member.getMergedTraits();
      const tag = (member.getMemberTraits().xmlName as string | undefined) ?? name;
      const type = shapeTypeOf(member);
      if (traits.xmlAttribute) {
        attributes.push({ name, attribute: tag, render: this.scalar(member, type) });
      } else if ((type === 'string' || type === 'number' || type === 'boolean') && !namespaceAttribute(member)) {
        members.push({ name, tag, text: type === 'string' ? 'escaped' : 'plain' });
      } else {
        members.push({ name, tag, write: this.member(tag, member) });
      }
    }
    return {
      attributes:
        attributes.length === 0
          ? NO_ATTRIBUTES
          : (value) => {
              let text = '';
              for (const { name, attribute, render } of attributes) {
                const field = (value as Record<string, unknown>)[name];
                if (field !== undefined && field !== null) text += ` ${attribute}="${render(field)}"`;
              }
              return text;
            },
      content: compileStructContent(members),
    };
  }

  /** The element(s) of one member, tag included. */
  private member(tag: string, member: NormalizedSchema): ElementWriter {
    const type = shapeTypeOf(member);
    const flattened = Boolean(member.getMergedTraits().xmlFlattened);
    const namespace = namespaceAttribute(member);
    if (type === 'list') {
      const itemSchema = member.getValueSchema();
      const itemTag = (itemSchema.getMergedTraits().xmlName as string | undefined) ?? 'member';
      const item = this.element(flattened ? tag : itemTag, itemSchema);
      if (flattened) {
        return (value) => {
          let xml = '';
          for (const entry of value as unknown[]) xml += item(entry);
          return xml;
        };
      }
      return (value) => {
        const items = value as unknown[];
        if (items.length === 0) return `<${tag}${namespace}/>`;
        let xml = `<${tag}${namespace}>`;
        for (const entry of items) xml += item(entry);
        return `${xml}</${tag}>`;
      };
    }
    if (type === 'map') {
      const keyTag = (member.getKeySchema().getMergedTraits().xmlName as string | undefined) ?? 'key';
      const valueSchema = member.getValueSchema();
      const valueTag = (valueSchema.getMergedTraits().xmlName as string | undefined) ?? 'value';
      const entryValue = this.element(valueTag, valueSchema);
      return (value) => {
        let entries = '';
        for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
          const pair = `<${keyTag}>${escapeXml(key)}</${keyTag}>${entryValue(entry)}`;
          entries += flattened ? `<${tag}>${pair}</${tag}>` : `<entry>${pair}</entry>`;
        }
        return flattened ? entries : `<${tag}${namespace}>${entries}</${tag}>`;
      };
    }
    return this.element(tag, member, namespace);
  }

  private element(tag: string, ns: NormalizedSchema, namespace = namespaceAttribute(ns)): ElementWriter {
    const shape = this.shape(ns);
    const open = `<${tag}${namespace}`;
    const close = `</${tag}>`;
    if (shape.attributes === NO_ATTRIBUTES) return (value) => `${open}>${shape.content(value)}${close}`;
    return (value) => `${open}${shape.attributes(value)}>${shape.content(value)}${close}`;
  }
}
