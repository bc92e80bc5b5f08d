import {
  GetAccessKeyLastUsedCommand,
  IAMClient,
  ListAccessKeysCommand,
  paginateListUsers,
  type AccessKeyLastUsed,
  type AccessKeyMetadata,
} from '@aws-sdk/client-iam';
import {
  ResourceConnector,
  awsCall,
  listPerParent,
  mapBounded,
  paginated,
  requiredField,
} from '@cloud-inventory/collector-kit';
import { accessKeysOf, usersInFlight } from './access-key-listing.js';

/**
 * A key with its last use, and in days when it was collected: its age, and how long it has gone unused (since its
 * last use, or since its creation when never used).
 */
export interface AccessKeyDetails extends AccessKeyMetadata {
  AccessKeyId: string;
  LastUsed?: AccessKeyLastUsed;
  AgeDays?: number;
  DaysUnused?: number;
}

const keysInFlight = 8;
const dayMs = 86_400_000;

/** Keys per user (ListUsers, then ListAccessKeys per user), each with GetAccessKeyLastUsed: active and inactive. */
export class AccessKeysConnector extends ResourceConnector<AccessKeyDetails> {
  private readonly users = paginated(IAMClient, paginateListUsers, 'Users');
  readonly calls = [...this.users.calls(), awsCall(ListAccessKeysCommand), awsCall(GetAccessKeyLastUsedCommand)];

  async *items(): AsyncIterable<AccessKeyDetails> {
    const iam = this.client(IAMClient);
    const keys = listPerParent(this.users.items(this.context), usersInFlight, (user) => accessKeysOf(iam, user));
    yield* mapBounded(keys, keysInFlight, (key) => this.withLastUse(iam, key));
  }

  private async withLastUse(iam: IAMClient, key: AccessKeyMetadata): Promise<AccessKeyDetails> {
    const AccessKeyId = requiredField(key, 'AccessKeyId');
    const { AccessKeyLastUsed } = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId }));
    const now = Date.now();
    const details: AccessKeyDetails = { ...key, AccessKeyId };
    if (AccessKeyLastUsed) details.LastUsed = AccessKeyLastUsed;
    const days = (since: Date) => Math.floor((now - since.getTime()) / dayMs);
    if (key.CreateDate) details.AgeDays = days(key.CreateDate);
    const unusedSince = AccessKeyLastUsed?.LastUsedDate ?? key.CreateDate;
    if (unusedSince) details.DaysUnused = days(unusedSince);
    return details;
  }
}
