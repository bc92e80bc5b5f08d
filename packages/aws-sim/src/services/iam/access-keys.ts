import type {
  GetAccessKeyLastUsedRequest,
  GetAccessKeyLastUsedResponse,
  ListAccessKeysRequest,
} from '@aws-sdk/client-iam';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimIamAccessKey } from '../../world/records.js';
import { listKind } from '../list-kind.js';
import { IAM_PAGES, iamScope, noSuchEntity } from './iam-scope.js';

function userNameOf(input: ListAccessKeysRequest): string {
  const name = input.UserName;
  if (typeof name === 'string' && name !== '') return name;
  // Without UserName AWS lists the caller's own keys; the simulator's callers are roles or its collector user.
  throw new AwsApiError('ValidationError', 'Must specify userName when calling with non-User credentials', 400);
}

/** ListAccessKeys: a user's keys (metadata only: a secret is never shown after its creation). */
export const listAccessKeys = listKind<'iamAccessKey', ListAccessKeysRequest>('iamAccessKey', {
  paging: { items: 'AccessKeyMetadata', ...IAM_PAGES },
  scope: iamScope,
  validate(input, call) {
    const name = userNameOf(input);
    const { accountId, region } = iamScope(call);
    if (!call.world.collection('iamUser', accountId, region).get(name)) {
      throw noSuchEntity(`The user with name ${name} cannot be found.`);
    }
  },
  where: (input) => {
    const name = userNameOf(input);
    return (key: SimIamAccessKey) => key.UserName === name;
  },
  itemOf: ({ LastUsed: _lastUsed, ...key }: SimIamAccessKey) => key,
});

/** GetAccessKeyLastUsed: when, where and with which service a key of the account was last used (N/A: never). */
export function getAccessKeyLastUsed(
  input: GetAccessKeyLastUsedRequest,
  call: CallContext,
): GetAccessKeyLastUsedResponse {
  const { accountId, region } = iamScope(call);
  const id = String(input.AccessKeyId ?? '');
  const key = call.world.collection('iamAccessKey', accountId, region).get(id);
  if (!key) throw noSuchEntity(`The Access Key with id ${id} cannot be found`);
  return { UserName: key.UserName, AccessKeyLastUsed: { ...key.LastUsed } };
}
