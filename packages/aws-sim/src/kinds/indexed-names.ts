import type { ScopeContext } from '../world/scope-context.js';
import type { NamedIds } from './kind-spec.js';

/** Names that end in their index (`orders-12`, `orders-13.fifo`), parsed back by `pattern`'s first group. */
export function indexedNames(
  nameAt: (ctx: ScopeContext, index: number) => string,
  pattern: RegExp = /-(\d+)$/,
): NamedIds {
  return {
    nameAt,
    indexOf(ctx, name) {
      const index = Number(pattern.exec(name)?.[1]);
      return Number.isInteger(index) && nameAt(ctx, index) === name ? index : undefined;
    },
  };
}

/** 32 hex digits as a UUID (`8-4-4-4-12`). */
export function uuidOfHex(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
