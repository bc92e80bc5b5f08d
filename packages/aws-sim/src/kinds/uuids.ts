import type { ScopeContext } from '../world/scope-context.js';

/** A deterministic UUID for one resource (the part AWS puts in Auto Scaling and ACM ARNs). */
export function uuidOf(ctx: ScopeContext, salt: number, index: number): string {
  const hex = ctx.bytes(salt, index, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
