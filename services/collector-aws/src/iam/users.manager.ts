import { ResourceManager, edge } from '@cloud-inventory/collector-kit';
import { AccessKeysManager } from './access-keys.manager.js';
import { GroupsManager } from './groups.manager.js';
import { iamMapping } from './iam-mapping.js';
import { iamPrincipalUid } from './iam-uids.js';
import { inlinePolicies } from './policy-documents.js';
import { PoliciesManager } from './policies.manager.js';
import type { UserWithKeys } from './users.connector.js';

export class UsersManager extends ResourceManager<UserWithKeys> {
  readonly kind = 'aws_iam_user';
  readonly serviceType = { group: 'IAM', type: 'User', name: 'IAM User', labels: ['Security'], family: 'user' };
  override readonly isGlobal = true;
  readonly uid = iamPrincipalUid('user');
  readonly mapping = iamMapping<UserWithKeys>('UserName', (user) => ({
    UserPolicyList: inlinePolicies(user.UserPolicyList),
  }));
  override readonly relationships = [
    edge('member_of', GroupsManager, (user: UserWithKeys) => user.GroupList),
    edge('has_policy', PoliciesManager, (user: UserWithKeys) => user.AttachedManagedPolicies?.map((p) => p.PolicyArn)),
    edge('owns', AccessKeysManager, (user: UserWithKeys) => user.AccessKeyIds),
  ];
}
