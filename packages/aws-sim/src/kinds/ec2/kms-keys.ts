import type { ScopeContext } from '../../world/scope-context.js';

/** The scope's customer managed KMS keys that encrypted resources use (a few per account and region). */
const KEY = { name: 'kmsKey', prefix: 'key-' };
const KEYS_PER_SCOPE = 3;

/** A KMS key ARN (`arn:<partition>:kms:<region>:<account>:key/<uuid>`) picked by a resource's hash. */
export function kmsKeyArn(ctx: ScopeContext, hash: number): string {
  const hex = ctx.id(KEY, hash % KEYS_PER_SCOPE).slice(KEY.prefix.length + 1) + ctx.key.toString(16).padStart(8, '0');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}${hex.slice(0, 8)}`;
  return ctx.arn('kms', `key/${uuid}`);
}
