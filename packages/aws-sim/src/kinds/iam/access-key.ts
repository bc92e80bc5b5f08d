import type { AccessKeyLastUsed, AccessKeyMetadata } from '@aws-sdk/client-iam';
import { IdCodec } from '../../world/id-codec.js';
import { mix } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { accessKeyOwnerIndex } from './iam-layout.js';
import { userNames } from './user.js';

/** ListAccessKeys' AccessKeyMetadata, and what GetAccessKeyLastUsed tells of it. The secret is never kept. */
export type SimIamAccessKey = Filled<AccessKeyMetadata, 'UserName' | 'AccessKeyId' | 'Status' | 'CreateDate'> & {
  LastUsed: Filled<AccessKeyLastUsed, 'ServiceName' | 'Region'>;
};

const SALT_KEY = 46;
const SERVICES = ['s3', 'ec2', 'sts', 'iam', 'dynamodb'];
const codecs = new WeakMap<ScopeContext, IdCodec>();

function codecOf(ctx: ScopeContext): IdCodec {
  let codec = codecs.get(ctx);
  if (!codec) {
    codec = new IdCodec('', mix(ctx.key, SALT_KEY));
    codecs.set(ctx, codec);
  }
  return codec;
}

/** `AKIA` and 16 upper-case characters, as AWS's long-term key ids; decodable back to the index in its scope. */
function accessKeyId(ctx: ScopeContext, index: number): string {
  return `AKIA${codecOf(ctx).encode(index).slice(1).toUpperCase()}`;
}

function indexOfKeyId(ctx: ScopeContext, id: string): number | undefined {
  return /^AKIA[0-9A-F]{16}$/.test(id) ? codecOf(ctx).decode(`0${id.slice(4).toLowerCase()}`) : undefined;
}

/** Active and inactive keys of every age; some never used (AWS answers N/A for their service and region). */
function generateKey(ctx: ScopeContext, index: number): SimIamAccessKey {
  const hash = ctx.hash(SALT_KEY, index, 1);
  const created = ctx.date('2019-06-01T00:00:00Z', 2000, hash);
  const neverUsed = hash % 5 === 2;
  return {
    UserName: userNames.nameOf(accessKeyOwnerIndex(ctx, index)),
    AccessKeyId: accessKeyId(ctx, index),
    Status: index % 4 === 3 ? 'Inactive' : 'Active',
    CreateDate: created,
    LastUsed: neverUsed
      ? { ServiceName: 'N/A', Region: 'N/A' }
      : {
          LastUsedDate: new Date(created.getTime() + ((hash >>> 8) % 700) * 86_400_000),
          ServiceName: SERVICES[(hash >>> 4) % SERVICES.length] as string,
          Region: ctx.region,
        },
  };
}

export const iamAccessKeyKind: KindSpec<'iamAccessKey', SimIamAccessKey> = {
  kind: 'iamAccessKey',
  idField: 'AccessKeyId',
  ids: { nameAt: accessKeyId, indexOf: indexOfKeyId },
  counts: { tiny: 2, small: 10, medium: 50, large: 240 },
  accountWide: true,
  ownFields: ['LastUsed'],
  generate: generateKey,
};
