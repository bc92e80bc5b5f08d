import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimKmsKey } from '../../kinds/kms/key.js';
import { collectionFor } from '../list-kind.js';

/**
 * The caller's key a KeyId names: a key id, a key ARN, an alias name (`alias/...`) or an alias ARN, as KMS takes them.
 * Aliases are refused where the operation takes keys only (ListResourceTags).
 */
export function requireKey(
  call: CallContext,
  keyId: unknown,
  options: { aliases: boolean } = { aliases: true },
): SimKmsKey {
  if (typeof keyId !== 'string' || keyId === '') {
    throw new AwsApiError(
      'ValidationException',
      "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
      400,
    );
  }
  const key = findKey(call, keyId, options.aliases);
  if (!key) throw new AwsApiError('NotFoundException', notFoundMessage(call, keyId), 400);
  return key;
}

function findKey(call: CallContext, keyId: string, aliases: boolean): SimKmsKey | undefined {
  const aliasName = aliasNameOf(call, keyId);
  if (aliasName !== undefined) {
    if (!aliases) return undefined;
    const target = collectionFor('kmsAlias', call).get(aliasName)?.TargetKeyId;
    return target === undefined ? undefined : collectionFor('kmsKey', call).get(target);
  }
  const id = keyIdOf(call, keyId);
  return id === undefined ? undefined : collectionFor('kmsKey', call).get(id);
}

/** `alias/x` or the caller's alias ARN, as the alias name. */
function aliasNameOf(call: CallContext, keyId: string): string | undefined {
  if (keyId.startsWith('alias/')) return keyId;
  const arn = parseKmsArn(keyId);
  return arn && arn.resource.startsWith('alias/') && isCallersScope(call, arn) ? arn.resource : undefined;
}

function keyIdOf(call: CallContext, keyId: string): string | undefined {
  if (!keyId.startsWith('arn:')) return keyId;
  const arn = parseKmsArn(keyId);
  return arn && arn.resource.startsWith('key/') && isCallersScope(call, arn)
    ? arn.resource.slice('key/'.length)
    : undefined;
}

interface KmsArn {
  region: string;
  account: string;
  resource: string;
}

function parseKmsArn(value: string): KmsArn | undefined {
  const match = /^arn:aws(?:-cn|-us-gov)?:kms:([a-z0-9-]+):(\d{12}):((?:key|alias)\/.+)$/.exec(value);
  return match ? { region: match[1] as string, account: match[2] as string, resource: match[3] as string } : undefined;
}

function isCallersScope(call: CallContext, arn: KmsArn): boolean {
  return arn.region === call.region && arn.account === call.identity.accountId;
}

function notFoundMessage(call: CallContext, keyId: string): string {
  if (keyId.startsWith('alias/') || keyId.includes(':alias/')) return `Alias ${keyId} is not found.`;
  const arn = keyId.startsWith('arn:') ? keyId : `arn:aws:kms:${call.region}:${call.identity.accountId}:key/${keyId}`;
  return `Key '${arn}' does not exist`;
}
