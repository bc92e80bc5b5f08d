import type { StoredResource } from '@cloud-inventory/graph-store';
import type { ActionPolicy } from '../config/react-config.js';
import { selectedResources, type SelectionSources } from '../queries/selected-resources.js';
import type { ActionDecision } from './action-decision.js';
import { actionNames, cleanupActionByKind, taggableKinds } from './kind-actions.js';

const dayMs = 86_400_000;

/** Every resource the policy's filter or query selects (all pages), optionally only some uids. */
export function policyResources(
  sources: SelectionSources,
  policy: ActionPolicy,
  onlyUids?: string[],
): AsyncIterable<StoredResource> {
  return selectedResources(sources, policy.selection, onlyUids);
}

/**
 * What the policy wants done to one resource, or undefined when the resource complies. A resource due for cleanup
 * whose kind has no cleanup action (a query can select any kind; a filter's kinds are checked at load) is reported.
 */
export function decide(policy: ActionPolicy, resource: StoredResource, now: Date): ActionDecision | undefined {
  if (policy.type === 'require_tags') return decideTags(policy, resource);
  const reason = cleanupReason(policy, resource, now);
  if (reason === undefined) return undefined;
  const collectorAction = cleanupActionByKind[resource.kind];
  if (!collectorAction) {
    return {
      policy: policy.name,
      action: 'report',
      resource,
      reason: `${reason}; ${resource.kind} has no cleanup action`,
    };
  }
  return { policy: policy.name, action: actionNames[collectorAction], collectorAction, resource, reason };
}

function cleanupReason(
  policy: Exclude<ActionPolicy, { type: 'require_tags' }>,
  resource: StoredResource,
  now: Date,
): string | undefined {
  if (policy.type === 'cleanup_untagged') {
    const tagKeys = Object.keys(resource.tags).filter((key) => !policy.ignoreTags.includes(key));
    if (tagKeys.length > 0) return undefined;
    const since = Date.parse(resource.createdAt ?? resource.firstSeen);
    if (Number.isNaN(since)) return undefined;
    const ageDays = Math.floor((now.getTime() - since) / dayMs);
    if (ageDays < policy.olderThanDays) return undefined;
    return `untagged for ${ageDays} days (limit ${policy.olderThanDays})`;
  }
  const expiry = resource.tags[policy.tag];
  if (expiry === undefined) return undefined;
  const expiresAt = Date.parse(expiry);
  if (Number.isNaN(expiresAt)) return undefined;
  if (expiresAt > now.getTime()) return undefined;
  return `${policy.tag} ${expiry} has passed`;
}

function decideTags(policy: Extract<ActionPolicy, { type: 'require_tags' }>, resource: StoredResource) {
  const missing = policy.required.filter((tag) => resource.tags[tag.key] === undefined);
  if (missing.length === 0) return undefined;
  const reason = `missing tags ${missing.map((tag) => tag.key).join(', ')}`;
  const defaults = Object.fromEntries(
    missing.flatMap((tag) => (tag.default === undefined ? [] : [[tag.key, tag.default] as const])),
  );
  const base = { policy: policy.name, resource, reason };
  if (Object.keys(defaults).length === 0 || !taggableKinds.has(resource.kind)) return { ...base, action: 'report' };
  return { ...base, action: actionNames.CREATE_TAGS, collectorAction: 'CREATE_TAGS' as const, tags: defaults };
}
