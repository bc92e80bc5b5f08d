import type { LaunchConfiguration } from '@aws-sdk/client-auto-scaling';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { keyPairName } from '../ec2/key-pair.js';
import { securityGroupForVpc } from '../ec2/network-layout.js';
import { instanceTypeOf, PUBLIC_IMAGE_ID } from '../ec2/instance.js';
import { indexedNames } from '../indexed-names.js';
import { autoScalingArn, launchConfigurationName } from './autoscaling-names.js';
import { vpcIndexOf } from './fleet-layout.js';

type LaunchConfigurationFields =
  | 'LaunchConfigurationName'
  | 'LaunchConfigurationARN'
  | 'ImageId'
  | 'SecurityGroups'
  | 'ClassicLinkVPCSecurityGroups'
  | 'UserData'
  | 'InstanceType'
  | 'KernelId'
  | 'RamdiskId'
  | 'BlockDeviceMappings'
  | 'InstanceMonitoring'
  | 'CreatedTime'
  | 'EbsOptimized'
  | 'MetadataOptions';

export type SimLaunchConfiguration = Filled<LaunchConfiguration, LaunchConfigurationFields>;

const SALT_LAUNCH_CONFIGURATION = 64;
const MONITORING_OFF = Object.freeze({ Enabled: false });
const IMDS_V2 = Object.freeze({ HttpTokens: 'required', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled' } as const);

/** Launch configuration j is Auto Scaling group j's (groups beyond the configurations share them); some are unused. */
export const launchConfigurationKind: KindSpec<'launchConfiguration', SimLaunchConfiguration> = {
  kind: 'launchConfiguration',
  idField: 'LaunchConfigurationName',
  ids: indexedNames(launchConfigurationName, /-lc-[0-9a-f]{4}-(\d+)$/),
  counts: { tiny: 1, small: 3, medium: 20, large: 140 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_LAUNCH_CONFIGURATION, index, 1);
    const name = launchConfigurationName(ctx, index);
    const group = securityGroupForVpc(ctx, vpcIndexOf(ctx, index), index);
    const record: SimLaunchConfiguration = {
      LaunchConfigurationName: name,
      LaunchConfigurationARN: autoScalingArn(ctx, SALT_LAUNCH_CONFIGURATION, index, 'launchConfiguration', name),
      ImageId: ctx.counts.image > 0 ? ctx.id('image', index % ctx.counts.image) : PUBLIC_IMAGE_ID,
      SecurityGroups: group === undefined ? [] : [ctx.id('securityGroup', group)],
      ClassicLinkVPCSecurityGroups: [],
      // user data is often where secrets hide: the simulator serves none
      UserData: '',
      InstanceType: instanceTypeOf(ctx, index).type,
      KernelId: '',
      RamdiskId: '',
      BlockDeviceMappings: [
        {
          DeviceName: '/dev/xvda',
          Ebs: { VolumeSize: 8 + (hash % 93), VolumeType: 'gp3', DeleteOnTermination: true, Encrypted: hash % 2 === 0 },
        },
      ],
      InstanceMonitoring: MONITORING_OFF,
      CreatedTime: ctx.date('2021-01-01T00:00:00Z', 1000, hash),
      EbsOptimized: false,
      MetadataOptions: IMDS_V2,
    };
    if (ctx.counts.keyPair > 0) record.KeyName = keyPairName(index % ctx.counts.keyPair);
    if (hash % 3 === 0) record.IamInstanceProfile = `${name.split('-')[0] ?? 'app'}-instance-profile`;
    if (vpcIndexOf(ctx, index) === 0) record.AssociatePublicIpAddress = true;
    return record;
  },
};
