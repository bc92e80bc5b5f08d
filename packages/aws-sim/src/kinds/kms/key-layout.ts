import { hashString, mix } from '../../world/hash.js';
import { IdCodec } from '../../world/id-codec.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { uuidOfHex } from '../uuids.js';

/**
 * Where each KMS key of a scope sits: the AWS managed keys first (one per service that encrypts the scope's
 * resources by default), then the customer managed keys, the first few of which encrypt volumes, snapshots, buckets,
 * trails, queues, tables, secrets, log groups, databases, caches, topics, functions and file systems.
 */
export const AWS_MANAGED_KEYS = [
  { service: 'ebs', description: 'Default key that protects my EBS volumes when no other key is defined' },
  { service: 'sqs', description: 'Default key that protects my SQS messages when no other key is defined' },
  { service: 'dynamodb', description: 'Default key that protects my DynamoDB data when no other key is defined' },
  {
    service: 'secretsmanager',
    description: 'Default key that protects my Secrets Manager data when no other key is defined',
  },
  { service: 'sns', description: 'Default key that protects my SNS data when no other key is defined' },
  {
    service: 'elasticfilesystem',
    description: 'Default key that protects my EFS filesystems when no other key is defined',
  },
] as const;

export type AwsManagedKeyService = (typeof AWS_MANAGED_KEYS)[number]['service'];

/** Customer managed keys that encrypt resources: the first ones, always enabled. */
export const ENCRYPTING_CUSTOMER_KEYS = 3;

const codecs = new WeakMap<ScopeContext, IdCodec>();

function codecOf(ctx: ScopeContext): IdCodec {
  let codec = codecs.get(ctx);
  if (!codec) {
    codec = new IdCodec('key-', mix(ctx.key, hashString('kmsKey')));
    codecs.set(ctx, codec);
  }
  return codec;
}

/** Key `index`'s id, a UUID: the index's id bits, then the scope's key (so an id of another scope decodes to nothing). */
export function kmsKeyIdAt(ctx: ScopeContext, index: number): string {
  const hex = codecOf(ctx).encode(index).slice('key-0'.length) + scopeHex(ctx);
  return uuidOfHex(hex + hex.slice(0, 8));
}

/** The index a key id stands for in this scope, if any. */
export function kmsKeyIndexOf(ctx: ScopeContext, keyId: string): number | undefined {
  const hex = keyId.replaceAll('-', '');
  if (hex.length !== 32 || hex.slice(16, 24) !== scopeHex(ctx) || hex.slice(24) !== hex.slice(0, 8)) return undefined;
  return codecOf(ctx).decode(`key-0${hex.slice(0, 16)}`);
}

function scopeHex(ctx: ScopeContext): string {
  return ctx.key.toString(16).padStart(8, '0');
}

export function kmsKeyArnAt(ctx: ScopeContext, index: number): string {
  return ctx.arn('kms', `key/${kmsKeyIdAt(ctx, index)}`);
}

export function isAwsManagedKeyIndex(index: number): boolean {
  return index < AWS_MANAGED_KEYS.length;
}

/** The scope's customer managed keys, after the AWS managed ones. */
export function customerKeyCount(ctx: ScopeContext): number {
  return Math.max(0, ctx.counts.kmsKey - AWS_MANAGED_KEYS.length);
}

/** The index of the AWS managed key a service encrypts with by default (`aws/ebs`). */
export function awsManagedKeyIndex(service: AwsManagedKeyService): number {
  return AWS_MANAGED_KEYS.findIndex((key) => key.service === service);
}

/** A customer managed key ARN (`arn:<partition>:kms:<region>:<account>:key/<uuid>`) picked by a resource's hash. */
export function kmsKeyArn(ctx: ScopeContext, hash: number): string {
  const customers = Math.min(ENCRYPTING_CUSTOMER_KEYS, customerKeyCount(ctx));
  // a world without customer keys (counts set by a test) encrypts with the first key it has
  return kmsKeyArnAt(ctx, customers === 0 ? 0 : AWS_MANAGED_KEYS.length + (hash % customers));
}

/** The key a service's resource is encrypted with: its AWS managed default key for one hash in four, else a customer key. */
export function serviceKeyArn(ctx: ScopeContext, service: AwsManagedKeyService, hash: number): string {
  return hash % 4 === 0 ? kmsKeyArnAt(ctx, awsManagedKeyIndex(service)) : kmsKeyArn(ctx, hash >>> 2);
}
