import { IAMClient, paginateListAccessKeys, type AccessKeyMetadata } from '@aws-sdk/client-iam';
import { requiredField } from '@cloud-inventory/collector-kit';

/** A user's access keys (ListAccessKeys, paged): metadata only, AWS never shows a secret after its creation. */
export async function* accessKeysOf(
  iam: IAMClient,
  user: { UserName?: string | undefined },
): AsyncIterable<AccessKeyMetadata> {
  const UserName = requiredField(user, 'UserName');
  for await (const page of paginateListAccessKeys({ client: iam, pageSize: 1000 }, { UserName })) {
    yield* page.AccessKeyMetadata ?? [];
  }
}

/** Users whose keys are listed at once (IAM's request rate is the account's, shared by every kind). */
export const usersInFlight = 8;
