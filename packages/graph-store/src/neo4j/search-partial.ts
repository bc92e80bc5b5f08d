import type { StoredResource } from '../graph-store.js';
import type { FieldPath, Predicate } from '../search/search-query.js';
import { toStoredResource, type ResourceRow } from './resource-node.js';

/**
 * What the process needs of a resource to decide a predicate or read sort and group paths: only the properties
 * those paths name (a whole-resource map projection costs several times more per row in Neo4j), the others
 * left at placeholders nothing reads.
 */
const CORE_PROPERTY: Record<string, string> = {
  service_group: 'service',
  first_seen: 'first_seen',
  last_seen: 'last_seen',
};

export function partialProjection(paths: readonly FieldPath[], predicates: readonly Predicate[]): string {
  const properties = new Set(['uid']);
  const addPath = (path: FieldPath) => {
    if (path.root === 'data') properties.add('data_json');
    else if (path.root === 'tag') properties.add('tags_json');
    else if (path.name !== 'age') properties.add(CORE_PROPERTY[path.name] ?? path.name);
  };
  const addPredicate = (predicate: Predicate): void => {
    if (predicate.type === 'and' || predicate.type === 'or') predicate.terms.forEach(addPredicate);
    else if (predicate.type === 'not') addPredicate(predicate.term);
    else if (predicate.type === 'is') properties.add('kind');
    else if (predicate.type === 'compare') addPath(predicate.path);
  };
  paths.forEach(addPath);
  predicates.forEach(addPredicate);
  // The names are CORE_FIELDS and fixed property names, never input.
  return `r { ${[...properties].map((name) => `.${name}`).join(', ')} }`;
}

const PLACEHOLDERS: ResourceRow = {
  uid: '',
  id: '',
  kind: '',
  name: '',
  cloud: '',
  account: '',
  region: '',
  service: '',
  type: null,
  created_at: null,
  updated_at: null,
  tags_json: '{}',
  data_json: '{}',
  first_seen: '',
  last_seen: '',
  last_sync_id: '',
};

export function partialResource(row: Partial<ResourceRow>): StoredResource {
  const filled: Record<string, unknown> = { ...PLACEHOLDERS };
  for (const [key, value] of Object.entries(row)) if (value !== undefined) filled[key] = value;
  return toStoredResource(filled as unknown as ResourceRow);
}
