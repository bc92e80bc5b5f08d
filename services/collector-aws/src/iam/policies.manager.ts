import type { ManagedPolicyDetail } from '@aws-sdk/client-iam';
import { ResourceManager, awsMapping, required } from '@cloud-inventory/collector-kit';
import { policyUid } from './iam-uids.js';
import { policyDocument } from './policy-documents.js';

const mapping = awsMapping<ManagedPolicyDetail>({ id: 'Arn', name: 'PolicyName', createdAt: 'CreateDate' });

export class PoliciesManager extends ResourceManager<ManagedPolicyDetail> {
  readonly kind = 'aws_iam_policy';
  readonly serviceType = {
    group: 'IAM',
    type: 'Policy',
    name: 'IAM Managed Policy',
    labels: ['Security'],
    family: 'policy',
  };
  override readonly isGlobal = true;
  // The id is the ARN: an AWS-managed and a customer-managed policy may share a name.
  readonly uid = policyUid;
  readonly mapping = {
    ...mapping,
    id: required('Arn'),
    data: (policy: ManagedPolicyDetail, scope: Parameters<typeof mapping.data>[1]) => ({
      ...mapping.data(policy, scope),
      PolicyVersionList: policy.PolicyVersionList?.map((version) => ({
        ...version,
        Document: policyDocument(version.Document),
      })),
    }),
  };
}
