import { pick } from '../world/hash.js';
import type { SimTag } from '../world/records.js';
import type { ScopeContext } from '../world/scope-context.js';

const ENVIRONMENTS = ['prod', 'staging', 'dev'] as const;

export function environmentTag(ctx: ScopeContext, salt: number, index: number): SimTag {
  return { Key: 'Environment', Value: pick(ENVIRONMENTS, ctx.hash(salt, index, 99)) };
}

/** Tags as the services that answer a `{ key: value }` map show them (Lambda, EKS). */
export function tagMapOf(tags: readonly SimTag[]): Record<string, string> {
  return Object.fromEntries(tags.map((tag) => [tag.Key, tag.Value]));
}
