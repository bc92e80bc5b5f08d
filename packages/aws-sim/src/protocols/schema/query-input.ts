import type { NormalizedSchema } from '@smithy/core/schema';
import { parseScalarText } from './scalar-text.js';
import { CompileCache, normalize, shapeTypeOf, type SchemaRef } from './shape.js';

/** The flattened form parameters of a Query request, and every dotted prefix of their keys. */
export interface QueryValues {
  values: ReadonlyMap<string, string>;
  prefixes: ReadonlySet<string>;
}

export function queryValuesOf(values: ReadonlyMap<string, string>): QueryValues {
  const prefixes = new Set<string>();
  for (const key of values.keys()) {
    let dot = key.indexOf('.');
    while (dot !== -1) {
      prefixes.add(key.slice(0, dot));
      dot = key.indexOf('.', dot + 1);
    }
    prefixes.add(key);
  }
  return { values, prefixes };
}

type Read = (query: QueryValues, key: string) => unknown;

/** How a protocol names members in form parameters (EC2 and awsQuery differ, as the SDK's QueryShapeSerializer). */
export interface QueryNaming {
  /** EC2: ec2QueryName, else the capitalised xmlName or member name; lists are always flattened. */
  ec2: boolean;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Parses Query-protocol parameters (`InstanceId.1`, `Filter.1.Name`, `Users.member.1`) into the SDK's input shape,
 * driven by the operation's input schema: the reverse of the SDK's QueryShapeSerializer.
 */
export class QueryInputParser {
  private readonly cache = new CompileCache<Read>();

  constructor(private readonly naming: QueryNaming) {}

  parse(ref: SchemaRef, values: ReadonlyMap<string, string>): Record<string, unknown> {
    const query = queryValuesOf(values);
    return (this.compile(normalize(ref))(query, '') as Record<string, unknown> | undefined) ?? {};
  }

  private keyOf(name: string, ns: NormalizedSchema): string {
    const traits = ns.getMergedTraits();
    if (this.naming.ec2) {
      return (traits.ec2QueryName as string | undefined) ?? capitalize((traits.xmlName as string | undefined) ?? name);
    }
    return (traits.xmlName as string | undefined) ?? name;
  }

  private compile(ns: NormalizedSchema): Read {
    const type = shapeTypeOf(ns);
    switch (type) {
      case 'struct':
        return this.cache.get(ns, () => this.struct(ns));
      case 'list':
        return this.cache.get(ns, () => this.list(ns));
      case 'map':
        return this.cache.get(ns, () => this.map(ns));
      default:
        return scalar((value, key) => parseScalarText(type, value, key));
    }
  }

  private struct(ns: NormalizedSchema): Read {
    const members = [...ns.structIterator()].map(([name, member]) => ({
      name,
      key: this.keyOf(name, member),
      read: this.compile(member),
    }));
    return (query, prefix) => {
      if (prefix !== '' && !query.prefixes.has(prefix)) return undefined;
      const result: Record<string, unknown> = {};
      const base = prefix === '' ? '' : `${prefix}.`;
      for (const { name, key, read } of members) {
        const value = read(query, base + key);
        if (value !== undefined) result[name] = value;
      }
      return result;
    };
  }

  private list(ns: NormalizedSchema): Read {
    const item = ns.getValueSchema();
    const flattened = this.naming.ec2 || Boolean(ns.getMergedTraits().xmlFlattened);
    const itemKey = (item.getMergedTraits().xmlName as string | undefined) ?? 'member';
    const read = this.compile(item);
    return (query, prefix) => {
      if (!query.prefixes.has(prefix)) return undefined;
      const base = flattened ? prefix : `${prefix}.${itemKey}`;
      const items: unknown[] = [];
      for (let index = 1; query.prefixes.has(`${base}.${index}`); index++) items.push(read(query, `${base}.${index}`));
      return items;
    };
  }

  private map(ns: NormalizedSchema): Read {
    const keyName = (ns.getKeySchema().getMergedTraits().xmlName as string | undefined) ?? 'key';
    const valueName = (ns.getValueSchema().getMergedTraits().xmlName as string | undefined) ?? 'value';
    const flattened = Boolean(ns.getMergedTraits().xmlFlattened);
    const readValue = this.compile(ns.getValueSchema());
    return (query, prefix) => {
      if (!query.prefixes.has(prefix)) return undefined;
      const base = flattened ? prefix : `${prefix}.entry`;
      const result: Record<string, unknown> = {};
      for (let index = 1; query.prefixes.has(`${base}.${index}`); index++) {
        const key = query.values.get(`${base}.${index}.${keyName}`);
        if (key !== undefined) result[key] = readValue(query, `${base}.${index}.${valueName}`);
      }
      return result;
    };
  }
}

function scalar(convert: (value: string, key: string) => unknown): Read {
  return (query, key) => {
    const value = query.values.get(key);
    return value === undefined ? undefined : convert(value, key);
  };
}
