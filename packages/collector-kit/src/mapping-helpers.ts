import { MappingError } from './errors.js';
import type { MapScope } from './unified-resource.js';

/** One field of the unified resource, computed from a raw item (and the task's scope). Pure: runs in a worker. */
export type FieldMapper<Item, Value> = (item: Item, scope: MapScope) => Value;

type WithKey<Key extends string> = { readonly [P in Key]?: unknown };

function asText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** The field must be present; a missing one fails the kind's scope (MappingError) instead of storing "". */
export function required<Key extends string>(key: Key): (item: WithKey<Key>) => string {
  return (item) => requiredField(item, key);
}

/**
 * The field that identifies an item (a trail's ARN, a bucket's name), for a uid or for the calls a Connector makes
 * per item: a missing or empty one fails the kind's scope (MappingError) instead of asking AWS about "".
 */
export function requiredField<Key extends string>(item: WithKey<Key>, key: Key): string {
  const value = asText(item[key]);
  if (value === undefined || value.trim() === '') throw new MappingError(key);
  return value;
}

/**
 * Whether a uid names something: not empty, and no empty id at its end (`arn:aws:s3:::`, `…:instance/`), which is
 * what a uid builder makes of an item without its identifying field.
 */
export function isIdentifyingUid(uid: unknown): uid is string {
  return typeof uid === 'string' && uid.trim() !== '' && !uid.endsWith(':') && !uid.endsWith('/');
}

/** The field if present (Dates as ISO strings), else absent - never an empty string. */
export function optional<Key extends string>(key: Key): (item: WithKey<Key>) => string | undefined {
  return (item) => asText(item[key]);
}

/** The member names of one tag in a tag list: `Key` / `Value` in most services, `TagKey` / `TagValue` in KMS. */
export interface TagMemberNames {
  key: string;
  value: string;
}

const KEY_VALUE: TagMemberNames = { key: 'Key', value: 'Value' };

function tagList(item: unknown, field: string): readonly Record<string, unknown>[] {
  const value = (item as Record<string, unknown>)[field];
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

/** AWS's `[{ Key, Value }]` tag list (under `field`, default `Tags`; other member names as KMS's) as a map. */
export function awsTags(field = 'Tags', names: TagMemberNames = KEY_VALUE): (item: object) => Record<string, string> {
  return (item) => {
    const tags: Record<string, string> = {};
    for (const tag of tagList(item, field)) {
      const key = tag[names.key];
      if (typeof key === 'string') tags[key] = String(tag[names.value] ?? '');
    }
    return tags;
  };
}

/** AWS's `{ key: value }` tag map (Lambda `Tags`, EKS `tags`, SQS ListQueueTags, CloudWatch Logs) under `field`, as tags; anything but a text value is left out. */
export function tagMap(field = 'Tags'): (item: object) => Record<string, string> {
  return (item) => {
    const value = (item as Record<string, unknown>)[field];
    const tags: Record<string, string> = {};
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return tags;
    for (const [key, text] of Object.entries(value)) if (typeof text === 'string') tags[key] = text;
    return tags;
  };
}

/** The value of tag `tagKey` (usually Name), else the item's `fallbackKey` field (usually its id). */
export function tagOr<Key extends string>(
  tagKey: string,
  fallbackKey: Key,
  tagField = 'Tags',
  names: TagMemberNames = KEY_VALUE,
): (item: WithKey<Key>) => string {
  const fallback = required(fallbackKey);
  return (item) => {
    const value = tagList(item, tagField).find((candidate) => candidate[names.key] === tagKey)?.[names.value];
    return typeof value === 'string' && value !== '' ? value : fallback(item);
  };
}

/** The raw item without the listed keys, as `data` (Dates become ISO strings when serialised). */
export function rawExcept<Item extends object>(
  ...keys: (keyof Item & string)[]
): (item: Item) => Record<string, unknown> {
  const excluded = new Set<string>(keys);
  return (item) => {
    const data: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item)) {
      if (!excluded.has(key) && value !== undefined) data[key] = value;
    }
    return data;
  };
}

/** A uid from the provider id and the task scope. */
export type UidBuilder = (id: string, scope: MapScope) => string;

/** A uid AWS gives whole in the item (a trail's ARN names its home region); such a kind is no edge target by id. */
export interface ItemUid<Item> {
  readonly fromItem: (item: Item) => string;
}

/** The uid is the item's field `key`, required: `uidFromField('TrailARN')`. */
export function uidFromField<Key extends string>(key: Key): ItemUid<WithKey<Key>> {
  return { fromItem: (item) => requiredField(item, key) };
}

/**
 * An ARN builder in the scope's partition: `arnFor('ec2', 'instance/')` gives
 * `arn:<partition>:ec2:<region>:<account>:instance/<id>` (`arn:aws-cn:ec2:cn-north-1:…` for a China account).
 * Some ARNs leave out the account (public snapshots, images) or the region (global services).
 */
export function arnFor(
  service: string,
  resourcePrefix: string,
  parts: { account?: boolean; region?: boolean } = {},
): UidBuilder {
  const withAccount = parts.account ?? true;
  const withRegion = parts.region ?? true;
  return (id, scope) =>
    `arn:${scope.partition}:${service}:${withRegion ? scope.region : ''}:${withAccount ? scope.account : ''}:${resourcePrefix}${id}`;
}

/**
 * A uid builder that keeps an ARN given whole and builds the others: for kinds that other items name by ARN or by id,
 * where an ARN may name another region or account (a KMS key, an ACM certificate in us-east-1 for CloudFront).
 */
export function keepingArns(build: UidBuilder): UidBuilder {
  return (id, scope) => (id.startsWith('arn:') ? id : build(id, scope));
}

/** Ids from a single value or a list, without the missing ones. */
export function presentIds(value: string | undefined | readonly (string | undefined)[]): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return value === '' ? [] : [value];
  return value.filter((id): id is string => id !== undefined && id !== '');
}
