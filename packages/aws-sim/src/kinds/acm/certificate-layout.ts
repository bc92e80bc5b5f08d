import type { ScopeContext } from '../../world/scope-context.js';
import { uuidOfHex } from '../uuids.js';

export const SALT_CERTIFICATE = 47;

export function certificateIdAt(ctx: ScopeContext, index: number): string {
  const hex = [1, 2, 3].map((field) =>
    ctx
      .hash(SALT_CERTIFICATE, index, 100 + field)
      .toString(16)
      .padStart(8, '0'),
  );
  // the index in the last group makes ids unique in the scope and decodable
  return uuidOfHex(hex.join('').slice(0, 20) + index.toString(16).padStart(12, '0'));
}

export const certificateArnAt = (ctx: ScopeContext, index: number): string =>
  ctx.arn('acm', `certificate/${certificateIdAt(ctx, index)}`);

export const certificateDomainAt = (index: number): string => `svc-${index}.example.com`;

/** One in five certificates is imported. */
export const isImportedAt = (index: number): boolean => index % 5 === 3;

/** Some Amazon-issued certificates wait for validation, some (of either type) have expired; the others are issued. */
export function certificateStatusAt(index: number): 'ISSUED' | 'PENDING_VALIDATION' | 'EXPIRED' {
  if (index % 7 === 6 && !isImportedAt(index)) return 'PENDING_VALIDATION';
  return index % 11 === 10 ? 'EXPIRED' : 'ISSUED';
}
