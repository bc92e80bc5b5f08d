import type { InstanceProfile } from '@aws-sdk/client-iam';
import { ResourceManager, edge } from '@cloud-inventory/collector-kit';
import { iamMapping } from './iam-mapping.js';
import { iamPrincipalUid } from './iam-uids.js';
import { policyDocument } from './policy-documents.js';
import { RolesManager } from './roles.manager.js';

export class InstanceProfilesManager extends ResourceManager<InstanceProfile> {
  readonly kind = 'aws_iam_instance_profile';
  readonly serviceType = {
    group: 'IAM',
    type: 'InstanceProfile',
    name: 'IAM Instance Profile',
    labels: ['Security'],
    family: 'instance_profile',
  };
  override readonly isGlobal = true;
  readonly uid = iamPrincipalUid('instance-profile');
  readonly mapping = iamMapping<InstanceProfile>('InstanceProfileName', (profile) => ({
    Roles: profile.Roles?.map((role) => ({
      ...role,
      AssumeRolePolicyDocument: policyDocument(role.AssumeRolePolicyDocument),
    })),
  }));
  override readonly relationships = [
    edge('uses', RolesManager, (profile: InstanceProfile) => profile.Roles?.map((role) => role.RoleName)),
  ];
}
