import { InvalidStoreArgumentError } from './errors.js';
import { assertFilterWithinLimits, FILTER_LIMITS } from './filter-limits.js';
import type {
  EdgeRecord,
  GroupField,
  PageRequest,
  PropertyCondition,
  RelatedCondition,
  ResourceFilter,
  ResourceRecord,
  ScopeKey,
} from './graph-store.js';

/**
 * Argument checks shared by every adapter. Kinds and edge types become Neo4j labels and relationship types, which
 * cannot be query parameters, so both stores accept only plain identifiers there; everything else is a parameter.
 */

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;
export const MAX_NEIGHBOR_DEPTH = 5;

const LABEL_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;
const DATA_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/** Core resource fields a property condition or `value.property` may name, with the record field they read. */
export const CORE_PROPERTIES = {
  id: 'id',
  name: 'name',
  type: 'type',
  created_at: 'createdAt',
  updated_at: 'updatedAt',
} as const satisfies Record<string, keyof ResourceRecord>;
export type CoreProperty = keyof typeof CORE_PROPERTIES;

/** The core fields a grouping may name, with the stored field (column, node property) each reads. */
export const GROUP_CORE_FIELDS = {
  kind: 'kind',
  cloud: 'cloud',
  account: 'account',
  region: 'region',
  service_group: 'service',
  type: 'type',
} as const;
export type GroupCoreField = (typeof GROUP_CORE_FIELDS)[keyof typeof GROUP_CORE_FIELDS];

export type ResolvedProperty = { source: 'core'; property: CoreProperty } | { source: 'data'; key: string };
export type ResolvedGroupField =
  { source: 'core'; field: GroupCoreField } | { source: 'tag'; key: string } | { source: 'data'; key: string };

export function assertLabel(value: unknown, field: string): asserts value is string {
  const problem = labelProblem(value, field);
  if (problem) throw new InvalidStoreArgumentError(problem.field, problem.message);
}

export function assertNonEmptyString(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string' || value.length === 0)
    throw new InvalidStoreArgumentError(field, 'must be a non-empty string');
}

export function validateSyncId(syncId: unknown): asserts syncId is string {
  assertNonEmptyString(syncId, 'syncId');
}

/** Where a record breaks the rules, as a field path below the record and a message; undefined when it is valid. */
type Problem = { field: string; message: string } | undefined;

const labelMessage = 'must be a letter then up to 127 letters, digits or underscores';

function labelProblem(value: unknown, field: string): Problem {
  return typeof value === 'string' && LABEL_PATTERN.test(value) ? undefined : { field, message: labelMessage };
}

function stringRecordProblem(value: unknown, field: string): Problem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { field, message: 'must be an object of strings' };
  }
  for (const key in value) {
    if (typeof (value as Record<string, unknown>)[key] !== 'string') {
      return { field: `${field}[${JSON.stringify(key)}]`, message: 'must be a string' };
    }
  }
  return undefined;
}

function resourceProblem(resource: ResourceRecord): Problem {
  for (const field of ['uid', 'id'] as const) {
    const value: unknown = resource[field];
    if (typeof value !== 'string' || value.length === 0) return { field, message: 'must be a non-empty string' };
  }
  const kind = labelProblem(resource.kind, 'kind');
  if (kind) return kind;
  for (const field of ['name', 'cloud', 'account', 'region', 'serviceGroup'] as const) {
    if (typeof resource[field] !== 'string') return { field, message: 'must be a string' };
  }
  const tags = stringRecordProblem(resource.tags, 'tags');
  if (tags) return tags;
  if (resource.data === null || typeof resource.data !== 'object' || Array.isArray(resource.data)) {
    return { field: 'data', message: 'must be an object' };
  }
  return resource.volatileFields === undefined ? undefined : volatileFieldsProblem(resource.volatileFields);
}

export const MAX_VOLATILE_FIELDS = 64;
const VOLATILE_PATH_PATTERN = /^[^.]+(\.[^.]+)*$/;

function volatileFieldsProblem(paths: unknown): Problem {
  if (!Array.isArray(paths) || paths.length > MAX_VOLATILE_FIELDS) {
    return { field: 'volatileFields', message: `must be a list of at most ${MAX_VOLATILE_FIELDS} data paths` };
  }
  for (let index = 0; index < paths.length; index++) {
    const path: unknown = paths[index];
    if (typeof path !== 'string' || path.length > 1024 || !VOLATILE_PATH_PATTERN.test(path)) {
      return { field: `volatileFields[${index}]`, message: 'must be dot-separated non-empty keys' };
    }
  }
  return undefined;
}

// Field paths are built only for the record that fails: a valid batch of 100k resources allocates none of them.
export function validateResources(resources: ResourceRecord[]): void {
  for (let index = 0; index < resources.length; index++) {
    const problem = resourceProblem(resources[index] as ResourceRecord);
    if (problem) throw new InvalidStoreArgumentError(`resources[${index}].${problem.field}`, problem.message);
  }
}

function edgeProblem(edge: EdgeRecord): Problem {
  for (const field of ['from', 'to'] as const) {
    const value: unknown = edge[field];
    if (typeof value !== 'string' || value.length === 0) return { field, message: 'must be a non-empty string' };
  }
  return (
    labelProblem(edge.type, 'type') ?? (edge.toKind === undefined ? undefined : labelProblem(edge.toKind, 'toKind'))
  );
}

export function validateEdges(edges: EdgeRecord[]): void {
  for (let index = 0; index < edges.length; index++) {
    const problem = edgeProblem(edges[index] as EdgeRecord);
    if (problem) throw new InvalidStoreArgumentError(`edges[${index}].${problem.field}`, problem.message);
  }
}

export function validateScopes(scopes: ScopeKey[], argument = 'completeScopes'): void {
  if (!Array.isArray(scopes)) throw new InvalidStoreArgumentError(argument, 'must be a list');
  scopes.forEach((scope, index) => {
    for (const field of ['cloud', 'account', 'region', 'serviceGroup'] as const) {
      if (typeof scope[field] !== 'string')
        throw new InvalidStoreArgumentError(`${argument}[${index}].${field}`, 'must be a string');
    }
    assertLabel(scope.kind, `${argument}[${index}].kind`);
  });
}

/** A deletion by filter must name its accounts, so that no call removes the whole store. */
export function validateDeletionFilter(filter: ResourceFilter): ResolvedProperty[] {
  const resolved = validateFilter(filter);
  if (filter.accounts === undefined || filter.accounts.length === 0) {
    throw new InvalidStoreArgumentError('filter.accounts', 'must name at least one account');
  }
  return resolved;
}

export function resolveProperty(property: unknown, field: string): ResolvedProperty {
  if (typeof property === 'string' && Object.hasOwn(CORE_PROPERTIES, property)) {
    return { source: 'core', property: property as CoreProperty };
  }
  if (typeof property !== 'string' || !DATA_KEY_PATTERN.test(property)) {
    throw new InvalidStoreArgumentError(field, 'must be a core field or a data key of letters, digits and underscores');
  }
  return { source: 'data', key: property };
}

export function resolveGroupField(groupField: GroupField, field: string): ResolvedGroupField {
  if (typeof groupField === 'string' && Object.hasOwn(GROUP_CORE_FIELDS, groupField)) {
    return { source: 'core', field: GROUP_CORE_FIELDS[groupField as keyof typeof GROUP_CORE_FIELDS] };
  }
  if (typeof groupField === 'string' && groupField.startsWith('tag:') && groupField.length > 4) {
    return { source: 'tag', key: groupField.slice(4) };
  }
  if (typeof groupField === 'string' && groupField.startsWith('data.') && DATA_KEY_PATTERN.test(groupField.slice(5))) {
    return { source: 'data', key: groupField.slice(5) };
  }
  throw new InvalidStoreArgumentError(
    field,
    `must be one of ${Object.keys(GROUP_CORE_FIELDS).join(', ')}, tag:<key> or data.<key>`,
  );
}

const OPERATORS = new Set(['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'exists', 'contains']);

export function validateCondition(condition: PropertyCondition, field: string): ResolvedProperty {
  const resolved = resolveProperty(condition.property, `${field}.property`);
  if (!OPERATORS.has(condition.op)) throw new InvalidStoreArgumentError(`${field}.op`, 'unknown operator');
  if (condition.op === 'exists') return resolved;
  const valueType = typeof condition.value;
  if (valueType !== 'string' && valueType !== 'number' && valueType !== 'boolean') {
    throw new InvalidStoreArgumentError(`${field}.value`, 'must be a string, number or boolean');
  }
  if (valueType === 'number' && !Number.isFinite(condition.value)) {
    throw new InvalidStoreArgumentError(`${field}.value`, 'must be a finite number');
  }
  if (valueType === 'boolean' && condition.op !== 'eq' && condition.op !== 'ne') {
    throw new InvalidStoreArgumentError(`${field}.op`, 'a boolean compares only with eq or ne');
  }
  if (condition.op === 'contains' && valueType !== 'string') {
    throw new InvalidStoreArgumentError(`${field}.value`, 'contains takes a string');
  }
  return resolved;
}

/** Checks every part of a filter; returns the resolved property conditions in order. */
export function validateFilter(filter: ResourceFilter, field = 'filter'): ResolvedProperty[] {
  assertFilterWithinLimits(filter, field);
  for (const list of ['uids', 'kinds', 'clouds', 'accounts', 'regions', 'serviceGroups'] as const) {
    const values = filter[list];
    if (values !== undefined && (!Array.isArray(values) || values.some((value) => typeof value !== 'string'))) {
      throw new InvalidStoreArgumentError(`${field}.${list}`, 'must be a list of strings');
    }
  }
  filter.tags?.forEach((tag, index) => {
    if (typeof tag.key !== 'string')
      throw new InvalidStoreArgumentError(`${field}.tags[${index}].key`, 'must be a string');
    if (tag.value !== undefined && typeof tag.value !== 'string') {
      throw new InvalidStoreArgumentError(`${field}.tags[${index}].value`, 'must be a string');
    }
  });
  if (filter.orphaned !== undefined && typeof filter.orphaned !== 'boolean') {
    throw new InvalidStoreArgumentError(`${field}.orphaned`, 'must be a boolean');
  }
  if (filter.orphanedBefore !== undefined) normalizeTime(filter.orphanedBefore, `${field}.orphanedBefore`);
  if (filter.related !== undefined && !Array.isArray(filter.related)) {
    throw new InvalidStoreArgumentError(`${field}.related`, 'must be a list of related conditions');
  }
  filter.related?.forEach((condition, index) => validateRelated(condition, `${field}.related[${index}]`));
  return (filter.properties ?? []).map((condition, index) =>
    validateCondition(condition, `${field}.properties[${index}]`),
  );
}

/** Checks a related condition; returns the resolved conditions on the resource its path reaches. */
export function validateRelated(condition: RelatedCondition, field: string): ResolvedProperty[] {
  const path: unknown = condition.path;
  if (!Array.isArray(path) || path.length < 1 || path.length > FILTER_LIMITS.relatedSteps) {
    throw new InvalidStoreArgumentError(`${field}.path`, `must have 1 to ${FILTER_LIMITS.relatedSteps} steps`);
  }
  condition.path.forEach((step, index) => {
    const at = `${field}.path[${index}]`;
    if (step.direction !== 'out' && step.direction !== 'in') {
      throw new InvalidStoreArgumentError(`${at}.direction`, 'must be out or in');
    }
    if (step.edgeTypes !== undefined && !Array.isArray(step.edgeTypes)) {
      throw new InvalidStoreArgumentError(`${at}.edgeTypes`, 'must be a list of edge types');
    }
    if ((step.edgeTypes?.length ?? 0) > FILTER_LIMITS.listEntries) {
      throw new InvalidStoreArgumentError(`${at}.edgeTypes`, `must have at most ${FILTER_LIMITS.listEntries} entries`);
    }
    step.edgeTypes?.forEach((type, typeIndex) => assertLabel(type, `${at}.edgeTypes[${typeIndex}]`));
    // the kinds a step reaches are a filter of those resources, checked and bounded as one
    validateFilter({ ...(step.kinds ? { kinds: step.kinds } : {}) }, at);
  });
  if (condition.absent !== undefined && typeof condition.absent !== 'boolean') {
    throw new InvalidStoreArgumentError(`${field}.absent`, 'must be a boolean');
  }
  return validateFilter({ ...(condition.properties ? { properties: condition.properties } : {}) }, field);
}

export function validateDepth(depth: number | undefined): number {
  if (depth === undefined) return 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBOR_DEPTH) {
    throw new InvalidStoreArgumentError('query.depth', `must be an integer from 1 to ${MAX_NEIGHBOR_DEPTH}`);
  }
  return depth;
}

/** An ISO-8601 time in the canonical `toISOString` form, so stored times compare as strings. */
export function normalizeTime(value: string, field: string): string {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new InvalidStoreArgumentError(field, 'must be an ISO-8601 time');
  return new Date(time).toISOString();
}

export type Cursor = (string | number)[];

export interface ResolvedPage {
  limit: number;
  /** The position after which the page starts, as the adapter encoded it. */
  after?: Cursor;
}

export function resolvePage(page: PageRequest | undefined, cursorLength: number): ResolvedPage {
  const limit = page?.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new InvalidStoreArgumentError('page.limit', `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  if (page?.pageToken === undefined) return { limit };
  return { limit, after: decodePageToken(page.pageToken, cursorLength) };
}

export function encodePageToken(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodePageToken(token: string, cursorLength: number): Cursor {
  let cursor: unknown;
  try {
    cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    // A token that is not base64url JSON was not issued by us: the same typed error as a wrong shape.
    cursor = undefined;
  }
  const isCursor =
    Array.isArray(cursor) &&
    cursor.length === cursorLength &&
    cursor.every((part) => typeof part === 'string' || typeof part === 'number');
  if (!isCursor) throw new InvalidStoreArgumentError('page.pageToken', 'is not a token this store issued');
  return cursor as Cursor;
}
