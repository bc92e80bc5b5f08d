import type { LaunchConfiguration } from '@aws-sdk/client-auto-scaling';
import { ResourceManager, arnFor, awsMapping, edge, rawExcept } from '@cloud-inventory/collector-kit';
import { ImagesManager } from '../ec2/images.manager.js';
import { SecurityGroupsManager } from '../ec2/security-groups.manager.js';

export class LaunchConfigurationsManager extends ResourceManager<LaunchConfiguration> {
  readonly kind = 'aws_autoscaling_launch_configuration';
  readonly serviceType = {
    group: 'AutoScaling',
    type: 'LaunchConfiguration',
    name: 'Launch Configuration',
    labels: ['Compute'],
    family: 'launch_template',
  };
  // As for groups: the ARN's UUID is not in the name groups give, so the uid is IAM's pattern for it.
  readonly uid = arnFor('autoscaling', 'launchConfiguration:*:launchConfigurationName/');
  readonly mapping = {
    ...awsMapping<LaunchConfiguration>({
      id: 'LaunchConfigurationName',
      name: 'LaunchConfigurationName',
      createdAt: 'CreatedTime',
    }),
    // user data is where secrets get pasted: it is never stored
    data: rawExcept<LaunchConfiguration>('UserData'),
  };
  override readonly relationships = [
    edge('uses', ImagesManager, (configuration: LaunchConfiguration) => configuration.ImageId),
    edge('uses', SecurityGroupsManager, (configuration: LaunchConfiguration) => configuration.SecurityGroups),
  ];
}
