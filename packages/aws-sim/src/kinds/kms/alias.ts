import type { AliasListEntry } from '@aws-sdk/client-kms';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { AWS_MANAGED_KEYS, customerKeyCount, kmsKeyIdAt } from './key-layout.js';

/** ListAliases' entry: AWS managed aliases of services not used yet have no target key (and no dates). */
export type SimKmsAlias = Filled<AliasListEntry, 'AliasName' | 'AliasArn'>;

/** AWS managed aliases that ListAliases shows before their service has made its key. */
const UNUSED_AWS_ALIASES = ['rds', 'lambda', 'ssm', 'backup', 'redshift'];
const FIRST_CUSTOMER_ALIAS = AWS_MANAGED_KEYS.length + UNUSED_AWS_ALIASES.length;
const PURPOSES = ['app-data', 'backups', 'logs', 'payments', 'ci'];
const SALT_KMS_ALIAS = 42;

function aliasNameAt(_ctx: ScopeContext, index: number): string {
  const managed = AWS_MANAGED_KEYS[index]?.service ?? UNUSED_AWS_ALIASES[index - AWS_MANAGED_KEYS.length];
  return managed ? `alias/aws/${managed}` : `alias/${PURPOSES[index % PURPOSES.length]}-${index}`;
}

function aliasIndexOf(ctx: ScopeContext, name: string): number | undefined {
  const managed = /^alias\/aws\/(.+)$/.exec(name)?.[1];
  if (managed !== undefined) {
    const used = AWS_MANAGED_KEYS.findIndex((key) => key.service === managed);
    const unused = UNUSED_AWS_ALIASES.indexOf(managed);
    return used >= 0 ? used : unused >= 0 ? AWS_MANAGED_KEYS.length + unused : undefined;
  }
  const index = Number(/-(\d+)$/.exec(name)?.[1]);
  return Number.isInteger(index) && index >= FIRST_CUSTOMER_ALIAS && aliasNameAt(ctx, index) === name
    ? index
    : undefined;
}

/** The key an alias points at: AWS managed aliases at their key, customer aliases at customer keys in turn. */
function targetKeyIndex(ctx: ScopeContext, index: number): number | undefined {
  if (index < AWS_MANAGED_KEYS.length) return index < ctx.counts.kmsKey ? index : undefined;
  const customers = customerKeyCount(ctx);
  if (index < FIRST_CUSTOMER_ALIAS || customers === 0) return undefined;
  return AWS_MANAGED_KEYS.length + ((index - FIRST_CUSTOMER_ALIAS) % customers);
}

export const kmsAliasKind: KindSpec<'kmsAlias', SimKmsAlias> = {
  kind: 'kmsAlias',
  idField: 'AliasName',
  ids: { nameAt: aliasNameAt, indexOf: aliasIndexOf },
  counts: { tiny: 12, small: 14, medium: 22, large: 50 },
  // an alias that points at no key (an AWS managed one not used yet) is not one that counts
  isCurrent: (alias) => alias.TargetKeyId !== undefined,
  generate(ctx, index) {
    const name = aliasNameAt(ctx, index);
    const alias: SimKmsAlias = { AliasName: name, AliasArn: ctx.arn('kms', name) };
    const target = targetKeyIndex(ctx, index);
    if (target === undefined) return alias;
    const created = ctx.date('2021-06-01T00:00:00Z', 900, ctx.hash(SALT_KMS_ALIAS, index, 1));
    alias.TargetKeyId = kmsKeyIdAt(ctx, target);
    alias.CreationDate = created;
    alias.LastUpdatedDate = created;
    return alias;
  },
};
