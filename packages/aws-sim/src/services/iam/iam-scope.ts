import { AwsApiError } from '../../errors.js';
import type { PageLimits } from '../../protocols/paging.js';
import { accountWideScope } from '../list-kind.js';

/** IAM records live once per account, in the world's first region (kinds `accountWide`), whatever region is called. */
export const iamScope = accountWideScope;

/** IAM's list calls take MaxItems 1..1000 and answer 100 items without one. */
export const IAM_PAGES = { defaultPageSize: 100, limits: { min: 1, max: 1000, aboveMax: 'reject' } as PageLimits };

export function noSuchEntity(message: string): AwsApiError {
  return new AwsApiError('NoSuchEntity', message, 404);
}

/** IAM's answer to a member outside its enum (`Scope`, `Filter`). */
export function checkEnum(value: unknown, member: string, allowed: readonly string[]): void {
  if (value === undefined || allowed.includes(String(value))) return;
  throw new AwsApiError(
    'ValidationError',
    `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    400,
  );
}

/** IAM's PathPrefix: only items whose Path starts with it. */
export function pathPrefixFilter(prefix: unknown): ((record: { Path?: string | undefined }) => boolean) | undefined {
  return typeof prefix === 'string' && prefix !== '' ? (record) => (record.Path ?? '/').startsWith(prefix) : undefined;
}
