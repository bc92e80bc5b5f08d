import type { ScopeContext } from '../../world/scope-context.js';
import type { NamedIds } from '../kind-spec.js';

export const SALT_DISTRIBUTION = 110;

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Eight base-36 digits hold every index the state API adds (from 2^39). */
const INDEX_DIGITS = 8;
const INDEX_SPACE = 36 ** INDEX_DIGITS;

function base36Chars(ctx: ScopeContext, field: number, index: number, count: number): string {
  return Array.from(ctx.bytes(SALT_DISTRIBUTION + field, index, count), (byte) => BASE36[byte % 36]).join('');
}

/** Where the scope's index digits start, so that two accounts' distribution `i` have different ids. */
function indexOffset(ctx: ScopeContext): number {
  return (ctx.hash(SALT_DISTRIBUTION, 0, 7) * 65_536) % INDEX_SPACE;
}

/** `E` and 13 upper-case letters and digits (`E2QWRUHAPOMQZL`): five from a hash, eight that decode to the index. */
export function distributionIdAt(ctx: ScopeContext, index: number): string {
  const digits = ((index + indexOffset(ctx)) % INDEX_SPACE).toString(36).padStart(INDEX_DIGITS, '0');
  return `E${base36Chars(ctx, 1, index, 5)}${digits}`.toUpperCase();
}

function distributionIndexOf(ctx: ScopeContext, id: string): number | undefined {
  if (!/^E[0-9A-Z]{13}$/.test(id)) return undefined;
  const index = (parseInt(id.slice(-INDEX_DIGITS).toLowerCase(), 36) - indexOffset(ctx) + INDEX_SPACE) % INDEX_SPACE;
  return distributionIdAt(ctx, index) === id ? index : undefined;
}

export const distributionIds: NamedIds = { nameAt: distributionIdAt, indexOf: distributionIndexOf };

/**
 * The domain CloudFront gives distribution `index` (`d111111abcdef8.cloudfront.net`): what a Route 53 alias record or
 * a CNAME of the world names to point at it.
 */
export function distributionDomainName(ctx: ScopeContext, index: number): string {
  return `d${base36Chars(ctx, 2, index, 13)}.cloudfront.net`;
}

/** `arn:aws:cloudfront::<account>:distribution/<Id>`: CloudFront's ARNs name no region. */
export function distributionArn(ctx: ScopeContext, id: string): string {
  return ctx.arn('cloudfront', `distribution/${id}`, { region: '' });
}
