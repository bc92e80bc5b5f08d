import type { Resource__Output } from '@cloud-inventory/protocol';
import type { WorldItem } from './world-kinds.js';

/** Values occurring more than once. */
export function duplicatesOf(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const value of values) (seen.has(value) ? duplicates : seen).add(value);
  return [...duplicates];
}

/**
 * Edges that do not hold in a consistent world: a target kind the registry does not know, or a target uid no
 * collected resource has (or one of another kind than the edge names).
 */
export function relationshipProblems(
  resources: readonly Resource__Output[],
  isRegistered: (kind: string) => boolean,
  kindByUid: ReadonlyMap<string, string>,
): string[] {
  const problems: string[] = [];
  for (const resource of resources) {
    for (const edge of resource.relationships) {
      const where = `${resource.uid} -${edge.type}->`;
      if (!isRegistered(edge.target_kind)) problems.push(`${where} names unregistered kind ${edge.target_kind}`);
      const found = kindByUid.get(edge.target_uid);
      if (found === undefined) problems.push(`${where} ${edge.target_uid}: no collected resource has this uid`);
      else if (found !== edge.target_kind)
        problems.push(`${where} ${edge.target_uid} is a ${found}, not ${edge.target_kind}`);
    }
  }
  return problems;
}

interface AwsTag {
  Key?: unknown;
  Value?: unknown;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

/** The record's own timestamps (top-level dates, or ISO date-time strings such as an image's CreationDate), in ms. */
function timestampsOf(record: Record<string, unknown>): number[] {
  const times: number[] = [];
  for (const value of Object.values(record)) {
    if (value instanceof Date) times.push(value.getTime());
    else if (typeof value === 'string' && isoDateTime.test(value)) times.push(Date.parse(value));
  }
  return times;
}

function tagsOf(record: Record<string, unknown>): Record<string, string> | undefined {
  if (!Array.isArray(record.Tags)) return undefined;
  const tags = record.Tags as AwsTag[];
  return Object.fromEntries(tags.map((tag) => [String(tag.Key), String(tag.Value)]));
}

/**
 * The unified fields a resource must carry where AWS has them: id, name, kind, cloud, account and region always;
 * tags when the record has Tags; created_at (else updated_at) when the record has a timestamp of its own; updated_at, if set, a date.
 */
export function unifiedFieldProblems(
  resource: Resource__Output,
  expected: { kind: string; account: string; item: WorldItem | undefined },
): string[] {
  const problems: string[] = [];
  const check = (field: string, ok: boolean, detail = '') => {
    if (!ok) problems.push(`${resource.uid || resource.id}: ${field} ${detail}`.trim());
  };
  check('id', resource.id.trim() !== '', 'is empty');
  check('uid', resource.uid.trim() !== '', 'is empty');
  check('name', resource.name.trim() !== '', 'is empty');
  check('kind', resource.kind === expected.kind, `is ${resource.kind}`);
  check('cloud', resource.cloud === 'aws', `is ${resource.cloud}`);
  check('account', resource.account === expected.account, `is ${resource.account}`);
  check('service_group', resource.service_group !== '' && resource.type !== '', 'or type is empty');
  const { item } = expected;
  if (item?.region !== undefined)
    check('region', resource.region === item.region, `is ${resource.region}, the simulator's ${item.region}`);
  else check('region', resource.region !== '', 'is empty');
  if (resource.updated_at !== undefined)
    check('updated_at', !Number.isNaN(Date.parse(resource.updated_at)), 'is no date');
  const record = item?.record;
  if (!record) return problems;
  const tags = tagsOf(record);
  if (tags)
    check(
      'tags',
      JSON.stringify(sorted(resource.tags)) === JSON.stringify(sorted(tags)),
      "differ from the record's Tags",
    );
  const nameTag = tags?.Name;
  if (nameTag) check('name', resource.name === nameTag, `is ${resource.name}, not its Name tag ${nameTag}`);
  const times = timestampsOf(record);
  if (times.length > 0) {
    // Where AWS tells no creation time, only the last change (an alarm's configuration), that is updated_at.
    const field = resource.created_at === undefined && resource.updated_at !== undefined ? 'updated_at' : 'created_at';
    const stamp = resource[field];
    check(
      field,
      times.includes(stamp === undefined ? NaN : Date.parse(stamp)),
      `is ${stamp ?? 'unset'}, though the record has a timestamp`,
    );
  }
  return problems;
}

function sorted(tags: Record<string, string>): [string, string][] {
  return Object.entries(tags).sort(([a], [b]) => a.localeCompare(b));
}

/** A resource as a comparable value: its fields without the volatile ones (a trail's latest delivery), edges sorted. */
function comparable(resource: Resource__Output): string {
  const relationships = [...resource.relationships].sort((a, b) =>
    `${a.type} ${a.target_uid}`.localeCompare(`${b.type} ${b.target_uid}`),
  );
  const data = JSON.parse(resource.data_json) as Record<string, unknown>;
  for (const path of resource.volatile_fields) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
    if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[last];
  }
  return JSON.stringify({ ...resource, relationships, data_json: data });
}

export function sortedComparables(resources: readonly Resource__Output[]): string[] {
  return resources.map(comparable).sort();
}
