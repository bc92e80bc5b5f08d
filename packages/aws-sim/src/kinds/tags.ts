import { pick } from '../world/hash.js';
import type { SimTag } from '../world/records.js';
import type { ScopeContext } from '../world/scope-context.js';

const ENVIRONMENTS = ['prod', 'staging', 'dev'] as const;

export function environmentTag(ctx: ScopeContext, salt: number, index: number): SimTag {
  return { Key: 'Environment', Value: pick(ENVIRONMENTS, ctx.hash(salt, index, 99)) };
}
