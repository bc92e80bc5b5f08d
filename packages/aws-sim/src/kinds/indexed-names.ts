import type { ScopeContext } from '../world/scope-context.js';
import type { NamedIds } from './kind-spec.js';

/**
 * Names (or ARNs) made from the index that carry it (`web-asg-12`, `.../app/ext-alb-3/<hex>`): `indexPattern`'s
 * first group reads the index back, and only a name equal to the one made for that index in this scope counts.
 */
export function indexedNames(
  nameAt: (ctx: ScopeContext, index: number) => string,
  indexPattern: RegExp = /-(\d+)$/,
): NamedIds {
  return {
    nameAt,
    indexOf(ctx, name) {
      const match = indexPattern.exec(name);
      const index = match ? Number(match[1]) : NaN;
      return Number.isSafeInteger(index) && nameAt(ctx, index) === name ? index : undefined;
    },
  };
}

/** Four hex digits of the scope, so that a name made for one account and region names nothing in another. */
export function scopeToken(ctx: ScopeContext): string {
  return (ctx.key >>> 0).toString(16).padStart(8, '0').slice(0, 4);
}
