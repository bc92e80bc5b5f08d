import type { NormalizedSchema } from '@smithy/core/schema';
import {
  CompileCache,
  formatTimestamp,
  isResponseBound,
  normalize,
  shapeTypeOf,
  timestampFormatOf,
  type SchemaRef,
} from './shape.js';

type Convert = (value: unknown) => unknown;

const identity: Convert = (value) => value;

/**
 * Converts output objects to the JSON AWS sends, driven by the SDK's schema: timestamps as epoch seconds (unless the
 * model names another format), blobs as base64, member names or (REST-JSON) their jsonName. Compiled once per shape.
 */
export class JsonConverter {
  private readonly cache = new CompileCache<Convert>();

  constructor(
    private readonly useJsonName: boolean,
    private readonly skipHttpBound: boolean,
  ) {}

  toJson(ref: SchemaRef, value: unknown): unknown {
    return this.compile(normalize(ref))(value);
  }

  private compile(ns: NormalizedSchema): Convert {
    const type = shapeTypeOf(ns);
    if (type === 'timestamp') {
      const format = timestampFormatOf(ns, 7);
      return (value) => formatTimestamp(value, format);
    }
    if (type === 'blob') {
      return (value) => (typeof value === 'string' ? value : Buffer.from(value as Uint8Array).toString('base64'));
    }
    if (type === 'list') {
      return this.cache.get(ns, () => {
        const item = this.compile(ns.getValueSchema());
        return item === identity ? identity : (value) => (value as unknown[]).map(item);
      });
    }
    if (type === 'map') {
      return this.cache.get(ns, () => {
        const entry = this.compile(ns.getValueSchema());
        if (entry === identity) return identity;
        return (value) => {
          const result: Record<string, unknown> = {};
          for (const [key, field] of Object.entries(value as Record<string, unknown>)) result[key] = entry(field);
          return result;
        };
      });
    }
    if (type === 'struct') return this.cache.get(ns, () => this.struct(ns));
    return identity;
  }

  private struct(ns: NormalizedSchema): Convert {
    const members: { name: string; key: string; convert: Convert }[] = [];
    for (const [name, member] of ns.structIterator()) {
      if (this.skipHttpBound && isResponseBound(member)) continue;
      const jsonName = this.useJsonName ? (member.getMergedTraits().jsonName as string | undefined) : undefined;
      members.push({ name, key: jsonName ?? name, convert: this.compile(member) });
    }
    return (value) => {
      const record = value as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      for (const { name, key, convert } of members) {
        const field = record[name];
        if (field !== undefined && field !== null) result[key] = convert(field);
      }
      return result;
    };
  }
}
