import type { ScopeContext } from '../world/scope-context.js';

/** 32 hex digits as a UUID (`8-4-4-4-12`). */
export function uuidOfHex(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A deterministic UUID for one resource (the part AWS puts in Auto Scaling and ACM ARNs). */
export function uuidOf(ctx: ScopeContext, salt: number, index: number): string {
  return uuidOfHex(ctx.bytes(salt, index, 16).toString('hex'));
}
