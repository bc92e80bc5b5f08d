import { loadSync, type PackageDefinition } from '@grpc/proto-loader';
import { join } from 'node:path';
import { protoDir, protoLoaderOptions } from '../load-protos.js';

/** A repeated or map field of a request, and what its entries are. */
export interface ListField {
  path: string;
  entry: 'string' | 'enum' | 'message' | 'scalar' | 'map';
}

/** Every string and every list field a method's request can hold, as paths in the syntax of RequestLimits. */
export interface RequestFields {
  strings: string[];
  lists: ListField[];
}

interface FieldDescriptor {
  name: string;
  type: string;
  label: string;
  typeName: string;
}

interface MessageDescriptor {
  name: string;
  field: FieldDescriptor[];
  nestedType: (MessageDescriptor & { options?: { mapEntry?: boolean } | null })[];
}

type MethodEntry = { requestType: { type: MessageDescriptor } };

/** The package definition of one file of proto/ (such as `actions.proto`), loaded as the services load it. */
export function loadProtoDefinition(fileName: string): PackageDefinition {
  return loadSync(join(protoDir, fileName), protoLoaderOptions);
}

/** Reads the string and list fields of every method's request of `service` from its loaded proto definition. */
export function requestFieldsOf(definition: PackageDefinition, service: string): Record<string, RequestFields> {
  const methods = definition[service] as unknown as Record<string, MethodEntry>;
  const packageName = service.slice(0, service.lastIndexOf('.'));
  const messageNamed = (name: string): MessageDescriptor => {
    const entry = (definition[name] ?? definition[`${packageName}.${name}`]) as
      { type?: MessageDescriptor } | undefined;
    if (!entry?.type) throw new Error(`requestFieldsOf: no message ${name}`);
    return entry.type;
  };
  const result: Record<string, RequestFields> = {};
  for (const [method, entry] of Object.entries(methods)) {
    const fields: RequestFields = { strings: [], lists: [] };
    walk(entry.requestType.type, '', fields, messageNamed, 0);
    result[method] = fields;
  }
  return result;
}

function walk(
  message: MessageDescriptor,
  prefix: string,
  fields: RequestFields,
  messageNamed: (name: string) => MessageDescriptor,
  depth: number,
): void {
  if (depth > 8) throw new Error(`requestFieldsOf: ${prefix} nests too deep (a recursive message?)`);
  for (const field of message.field) {
    const path = prefix === '' ? field.name : `${prefix}.${field.name}`;
    const mapEntry = message.nestedType.find((nested) => nested.name === field.typeName && nested.options?.mapEntry);
    if (mapEntry) {
      fields.lists.push({ path, entry: 'map' });
      for (const part of mapEntry.field) if (part.type === 'TYPE_STRING') fields.strings.push(`${path}{${part.name}}`);
      continue;
    }
    const isRepeated = field.label === 'LABEL_REPEATED';
    const at = isRepeated ? `${path}[]` : path;
    if (isRepeated) fields.lists.push({ path, entry: entryOf(field.type) });
    if (field.type === 'TYPE_STRING') fields.strings.push(at);
    // A message that nests without bound (a search's predicate tree) is bounded by its own validator, not by paths.
    if (field.type === 'TYPE_MESSAGE' && !reachesRecursion(field.typeName, messageNamed))
      walk(messageNamed(field.typeName), at, fields, messageNamed, depth + 1);
  }
}

/** Whether a message of this type can hold, at some depth, a message of a type it is already inside. */
function reachesRecursion(
  typeName: string,
  messageNamed: (name: string) => MessageDescriptor,
  inside: readonly string[] = [],
): boolean {
  if (inside.includes(typeName)) return true;
  return messageNamed(typeName).field.some(
    (field) =>
      field.type === 'TYPE_MESSAGE' &&
      !isMapEntry(messageNamed(typeName), field) &&
      reachesRecursion(field.typeName, messageNamed, [...inside, typeName]),
  );
}

function isMapEntry(message: MessageDescriptor, field: FieldDescriptor): boolean {
  return message.nestedType.some((nested) => nested.name === field.typeName && nested.options?.mapEntry);
}

function entryOf(type: string): ListField['entry'] {
  if (type === 'TYPE_STRING') return 'string';
  if (type === 'TYPE_ENUM') return 'enum';
  if (type === 'TYPE_MESSAGE') return 'message';
  return 'scalar';
}

/** A request holding only `value` at `path` (an entry of each list on the way), and the field name its error gives. */
export function requestWith(path: string, value: unknown): { request: Record<string, unknown>; field: string } {
  const steps = path.match(/[^.[{]+|\[\]|\{key\}|\{value\}/g) ?? [];
  let field = '';
  const build = (index: number): unknown => {
    const step = steps[index];
    if (step === undefined) return value;
    if (step === '[]') {
      field += '[0]';
      return [build(index + 1)];
    }
    if (step === '{key}') return { [String(value)]: 'x' };
    if (step === '{value}') {
      field += '["k"]';
      return { k: value };
    }
    field += field === '' ? step : `.${step}`;
    return { [step]: build(index + 1) };
  };
  const request = build(0) as Record<string, unknown>;
  return { request, field };
}

/** `count` entries of the list at `field` (its path), each the smallest valid entry of its kind. */
/** A request whose list at `list.path` has `count` entries, and the field an error names it by (`related[0].path`). */
export function listWith(list: ListField, count: number): { request: Record<string, unknown>; field: string } {
  const entries = Array.from({ length: count }, (_, index) =>
    list.entry === 'string' ? `e${index}` : list.entry === 'enum' ? 0 : list.entry === 'scalar' ? index : {},
  );
  const value = list.entry === 'map' ? Object.fromEntries(entries.map((_, index) => [`k${index}`, 'v'])) : entries;
  return requestWith(list.path, value);
}
