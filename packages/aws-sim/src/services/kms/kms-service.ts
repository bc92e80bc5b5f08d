import { DescribeKey$, ListAliases$, ListKeys$, ListResourceTags$ } from '@aws-sdk/client-kms';
import type {
  DescribeKeyRequest,
  ListAliasesRequest,
  ListResourceTagsRequest,
  ListResourceTagsResponse,
} from '@aws-sdk/client-kms';
import type { CallContext } from '../../http/http-types.js';
import type { SimKmsKey } from '../../kinds/kms/key.js';
import { awsJson1_1 } from '../../protocols/aws-json.js';
import { pageOf, type PagingDeclaration } from '../../protocols/paging.js';
import { listKind } from '../list-kind.js';
import { declareService, operation } from '../service-declaration.js';
import { requireKey } from './key-lookup.js';

/** KMS pages with Marker / NextMarker / Limit / Truncated, and refuses a Limit out of range (ValidationException). */
function kmsPaging(items: string, defaultPageSize: number, max: number): PagingDeclaration {
  return {
    items,
    inputToken: 'Marker',
    outputToken: 'NextMarker',
    limit: 'Limit',
    truncated: 'Truncated',
    defaultPageSize,
    limits: { min: 1, max, aboveMax: 'reject' },
  };
}

function describeKey(input: DescribeKeyRequest, call: CallContext) {
  const { Tags: _tags, ...metadata } = requireKey(call, input.KeyId);
  return { KeyMetadata: metadata };
}

function listResourceTags(input: ListResourceTagsRequest, call: CallContext) {
  const key: SimKmsKey = requireKey(call, input.KeyId, { aliases: false });
  const tags = key.Tags.map((tag) => ({ TagKey: tag.Key, TagValue: tag.Value }));
  return pageOf(tags, { ...input }, kmsPaging('Tags', 50, 50), call) as ListResourceTagsResponse;
}

/** KMS over JSON 1.1 (`TrentService.<Operation>`): keys (AWS and customer managed) and their aliases. */
export const kmsService = declareService({
  name: 'kms',
  protocol: awsJson1_1,
  targetPrefixes: ['TrentService'],
  errors: { invalidPaginationToken: ['InvalidMarkerException', 400], malformedInput: ['ValidationException', 400] },
  operations: [
    operation(
      ListKeys$,
      listKind('kmsKey', {
        paging: kmsPaging('Keys', 100, 1000),
        itemOf: (key) => ({ KeyId: key.KeyId, KeyArn: key.Arn }),
      }),
    ),
    operation(DescribeKey$, describeKey),
    operation(ListResourceTags$, listResourceTags),
    operation(
      ListAliases$,
      listKind<'kmsAlias', ListAliasesRequest>('kmsAlias', {
        paging: kmsPaging('Aliases', 50, 100),
        where(input, call) {
          if (input.KeyId === undefined) return undefined;
          const keyId = requireKey(call, input.KeyId, { aliases: false }).KeyId;
          return (alias) => alias.TargetKeyId === keyId;
        },
      }),
    ),
  ],
});
