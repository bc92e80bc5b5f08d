import type { LaunchTemplateVersion } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge, type Relationship } from '@cloud-inventory/collector-kit';
import { ImagesManager } from './images.manager.js';
import { KeyPairsManager } from './key-pairs.manager.js';
import type { LaunchTemplateDetails as Template } from './launch-templates.connector.js';
import { SecurityGroupsManager } from './security-groups.manager.js';

/** What the template launches by default and, where it differs, what its latest version would. */
const versionsOf = (t: Template): LaunchTemplateVersion[] =>
  [t.DefaultVersion, t.LatestVersion].filter((version) => version !== undefined);

function groupIdsOf(version: LaunchTemplateVersion): (string | undefined)[] {
  const data = version.LaunchTemplateData;
  return [...(data?.SecurityGroupIds ?? []), ...(data?.NetworkInterfaces ?? []).flatMap((eni) => eni.Groups ?? [])];
}

const unique = (ids: (string | undefined)[]) => [...new Set(ids)];

export class LaunchTemplatesManager extends ResourceManager<Template> {
  readonly kind = 'aws_ec2_launch_template';
  readonly serviceType = {
    group: 'EC2',
    type: 'LaunchTemplate',
    name: 'Launch Template',
    labels: ['Compute'],
    family: 'launch_template',
  };
  readonly uid = arnFor('ec2', 'launch-template/');
  readonly mapping = awsMapping<Template>({
    id: 'LaunchTemplateId',
    name: 'LaunchTemplateName',
    createdAt: 'CreateTime',
  });
  override readonly relationships: readonly Relationship<Template>[] = [
    edge('uses', ImagesManager, (t: Template) => unique(versionsOf(t).map((v) => v.LaunchTemplateData?.ImageId))),
    edge('uses', SecurityGroupsManager, (t: Template) => unique(versionsOf(t).flatMap(groupIdsOf))),
    edge('uses', KeyPairsManager, (t: Template) => t.KeyPairIds),
  ];
}
