import {
  IAMClient,
  ListAccessKeysCommand,
  paginateGetAccountAuthorizationDetails,
  type UserDetail,
} from '@aws-sdk/client-iam';
import { ResourceConnector, awsCall, mapBounded, paginated } from '@cloud-inventory/collector-kit';
import { accessKeysOf, usersInFlight } from './access-key-listing.js';

/** A user as GetAccountAuthorizationDetails gives it, and the ids of its access keys (for its `owns` edges). */
export interface UserWithKeys extends UserDetail {
  AccessKeyIds: string[];
}

/**
 * Users from the bulk call (one Filter-ed listing gives their groups, attached and inline policies and tags), plus
 * ListAccessKeys per user: the user owns its keys, and only that call names them.
 */
export class UsersConnector extends ResourceConnector<UserWithKeys> {
  private readonly users = paginated(IAMClient, paginateGetAccountAuthorizationDetails, 'UserDetailList', {
    input: { Filter: ['User'] },
  });
  readonly calls = [...this.users.calls(), awsCall(ListAccessKeysCommand)];

  async *items(): AsyncIterable<UserWithKeys> {
    const iam = this.client(IAMClient);
    yield* mapBounded(this.users.items(this.context), usersInFlight, async (user) => {
      const AccessKeyIds: string[] = [];
      for await (const key of accessKeysOf(iam, user)) if (key.AccessKeyId) AccessKeyIds.push(key.AccessKeyId);
      return { ...user, AccessKeyIds };
    });
  }
}
