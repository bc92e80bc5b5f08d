import type { ScopeContext } from '../world/scope-context.js';

/** 32 hex digits as a UUID (`8-4-4-4-12`). */
export function uuidOfHex(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A deterministic version 4 UUID for one field of one resource (revision ids, ARN suffixes AWS makes unique). */
export function uuidOf(ctx: ScopeContext, salt: number, index: number): string {
  const bytes = ctx.bytes(salt, index, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  return uuidOfHex(bytes.toString('hex'));
}
