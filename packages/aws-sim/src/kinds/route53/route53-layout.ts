import type { ScopeContext } from '../../world/scope-context.js';

/**
 * How record sets lie in hosted zones, from indexes alone: record set i is in zone i mod Z (Z zones), at slot
 * floor(i / Z) of it; slot 0 is the zone's SOA, slot 1 its NS, and the other slots follow the plan in record-set.ts.
 * Every third zone (1, 4, ...) is private.
 */
export function isPrivateZone(_ctx: ScopeContext, zone: number): boolean {
  return zone % 3 === 1;
}

/** `example-0.com.` for a public zone, `internal-2.corp.` for a private one: with the trailing dot, as AWS names them. */
export function zoneName(zone: number, privateZone: boolean): string {
  return privateZone ? `internal-${zone}.corp.` : `example-${zone}.com.`;
}

export function recordPlace(ctx: ScopeContext, recordSet: number): { zone: number; slot: number } {
  const zones = Math.max(1, ctx.counts.hostedZone);
  return { zone: recordSet % zones, slot: Math.floor(recordSet / zones) };
}

/** The number of record sets the layout puts in a zone. */
export function recordSetsOfZone(ctx: ScopeContext, zone: number): number {
  const zones = Math.max(1, ctx.counts.hostedZone);
  const records = ctx.counts.recordSet;
  return zone < records ? Math.floor((records - 1 - zone) / zones) + 1 : 0;
}
