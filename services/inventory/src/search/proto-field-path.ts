import type { SearchQuery } from '@cloud-inventory/graph-store';

const predicateTypes = new Set(['all', 'and', 'or', 'not', 'is', 'compare', 'with']);
const literalTypes = new Set(['string', 'number', 'boolean', 'time', 'relative_time', 'duration']);

/**
 * The SearchRequest field of a search-model field an error names: validateSearch and the stores name paths into the
 * model (`query.filter.terms[1].path.segments[0].key`), the API names the proto's (`query.filter.and.terms[1].compare
 * .path.data.segments[0].key`). Walks the model query alongside the path, since the proto's names depend on the case
 * of each node. A field outside `query` comes back as given.
 */
export function protoFieldOf(modelField: string, query: SearchQuery, prefix = 'query'): string {
  if (modelField !== prefix && !modelField.startsWith(`${prefix}.`) && !modelField.startsWith(`${prefix}[`))
    return modelField;
  let out = prefix;
  let node: unknown = query;
  let parentKey = '';
  for (const [, name, index] of modelField.slice(prefix.length).matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    if (index !== undefined) {
      out += `[${index}]`;
      node = Array.isArray(node) ? (node as unknown[])[Number(index)] : undefined;
      continue;
    }
    out += protoName(node, name!, parentKey);
    node = isRecord(node) ? node[name!] : undefined;
    parentKey = name!;
  }
  return out;
}

function protoName(node: unknown, name: string, parentKey: string): string {
  if (!isRecord(node)) return `.${snakeCase(name)}`;
  const type = typeof node.type === 'string' ? node.type : undefined;
  if (name === 'type' && type !== undefined) return '';
  if (type !== undefined && predicateTypes.has(type)) return predicateField(node, type, name);
  if (type !== undefined && literalTypes.has(type)) return literalField(type, name, parentKey);
  if (typeof node.root === 'string') {
    if (name === 'root') return '';
    if (node.root === 'field') return '.field';
    if (node.root === 'tag') return '.tag';
    return `.data.${name}`;
  }
  return `.${snakeCase(name)}`;
}

function predicateField(node: Record<string, unknown>, type: string, name: string): string {
  if (type === 'not') return '.not';
  if (type === 'and' || type === 'or') return `.${type}.terms`;
  if (type === 'compare' && name === 'value') return Array.isArray(node.value) ? '.compare.values' : '.compare.value';
  return `.${type}.${snakeCase(name)}`;
}

function literalField(type: string, name: string, parentKey: string): string {
  // since / until hold a TimeLiteral itself; a comparison's Literal wraps one in `time`.
  const time = parentKey === 'since' || parentKey === 'until' ? '' : '.time';
  if (type === 'string') return '.string_value';
  if (type === 'number') return '.number_value';
  if (type === 'boolean') return '.bool_value';
  if (type === 'duration') return '.duration_seconds';
  if (type === 'time') return `${time}.instant`;
  return `${time}.${snakeCase(name)}`;
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
