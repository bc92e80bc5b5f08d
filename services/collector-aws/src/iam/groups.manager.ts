import type { GroupDetail } from '@aws-sdk/client-iam';
import { ResourceManager, edge } from '@cloud-inventory/collector-kit';
import { iamMapping } from './iam-mapping.js';
import { iamPrincipalUid } from './iam-uids.js';
import { inlinePolicies } from './policy-documents.js';
import { PoliciesManager } from './policies.manager.js';

export class GroupsManager extends ResourceManager<GroupDetail> {
  readonly kind = 'aws_iam_group';
  readonly serviceType = { group: 'IAM', type: 'Group', name: 'IAM Group', labels: ['Security'], family: 'user_group' };
  override readonly isGlobal = true;
  readonly uid = iamPrincipalUid('group');
  readonly mapping = iamMapping<GroupDetail>('GroupName', (group) => ({
    GroupPolicyList: inlinePolicies(group.GroupPolicyList),
  }));
  override readonly relationships = [
    edge('has_policy', PoliciesManager, (group: GroupDetail) => group.AttachedManagedPolicies?.map((p) => p.PolicyArn)),
  ];
}
