import type { ScopeContext } from '../../world/scope-context.js';

/** Trail `index` of a scope: `audit-<region>-<index>`. */
export function trailNameAt(ctx: ScopeContext, index: number): string {
  return `audit-${ctx.region}-${index}`;
}
