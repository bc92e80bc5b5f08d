import { describe, expect, it } from '@jest/globals';
import type { AutoScalingGroup, LaunchConfiguration } from '@aws-sdk/client-auto-scaling';
import { AutoScalingGroupsManager } from './auto-scaling-groups.manager.js';
import { LaunchConfigurationsManager } from './launch-configurations.manager.js';

const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };

describe('Auto Scaling groups', () => {
  const group: AutoScalingGroup = {
    AutoScalingGroupName: 'web',
    AutoScalingGroupARN:
      'arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:0b18a8a1-63b9-f7d1-7ce3-a5fd949ce969:autoScalingGroupName/web',
    LaunchConfigurationName: 'web-lc',
    MinSize: 1,
    MaxSize: 2,
    DesiredCapacity: 1,
    DefaultCooldown: 300,
    AvailabilityZones: ['eu-west-1a', 'eu-west-1b'],
    HealthCheckType: 'ELB',
    CreatedTime: new Date('2024-01-02T03:04:05.000Z'),
    VPCZoneIdentifier: 'subnet-aaa, subnet-bbb',
    Instances: [
      {
        InstanceId: 'i-1',
        AvailabilityZone: 'eu-west-1a',
        LifecycleState: 'InService',
        HealthStatus: 'Healthy',
        ProtectedFromScaleIn: false,
      },
    ],
    TargetGroupARNs: ['arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef'],
    LoadBalancerNames: ['legacy'],
    Tags: [
      { ResourceId: 'web', ResourceType: 'auto-scaling-group', Key: 'team', Value: 'web', PropagateAtLaunch: true },
    ],
  };

  it('use their launch configuration, target groups and classic load balancers, and contain their instances', () => {
    const resource = new AutoScalingGroupsManager().map(group, scope);
    expect(resource).toMatchObject({
      uid: 'arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:*:autoScalingGroupName/web',
      name: 'web',
      tags: { team: 'web' },
      created_at: '2024-01-02T03:04:05.000Z',
    });
    expect(resource.relationships.map((edge) => `${edge.type} ${edge.target_kind} ${edge.target_uid}`)).toEqual([
      'uses aws_autoscaling_launch_configuration arn:aws:autoscaling:eu-west-1:123456789012:launchConfiguration:*:launchConfigurationName/web-lc',
      'in_subnet aws_subnet arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-aaa',
      'in_subnet aws_subnet arn:aws:ec2:eu-west-1:123456789012:subnet/subnet-bbb',
      'contains aws_ec2_instance arn:aws:ec2:eu-west-1:123456789012:instance/i-1',
      'uses aws_elbv2_target_group arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef',
      'uses aws_elb_load_balancer arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/legacy',
    ]);
  });

  it('use the launch templates they or their mixed instances policy name, each once', () => {
    const template = (id: string) => ({ LaunchTemplateId: id, LaunchTemplateName: `t-${id}`, Version: '$Default' });
    const uses = (launch: Partial<AutoScalingGroup>) =>
      new AutoScalingGroupsManager()
        .map({ ...group, LaunchConfigurationName: undefined, ...launch }, scope)
        .relationships.filter((edge) => edge.target_kind === 'aws_ec2_launch_template')
        .map((edge) => edge.target_uid);
    const uid = (id: string) => `arn:aws:ec2:eu-west-1:123456789012:launch-template/${id}`;
    expect(uses({ LaunchTemplate: template('lt-0a') })).toEqual([uid('lt-0a')]);
    expect(
      uses({
        MixedInstancesPolicy: {
          LaunchTemplate: {
            LaunchTemplateSpecification: template('lt-0b'),
            Overrides: [
              { InstanceType: 'm5.large' },
              { InstanceType: 'm6g.large', LaunchTemplateSpecification: template('lt-0c') },
              { InstanceType: 'm5.xlarge', LaunchTemplateSpecification: template('lt-0b') },
            ],
          },
        },
      }),
    ).toEqual([uid('lt-0b'), uid('lt-0c')]);
  });

  it('outside a vpc (no VPCZoneIdentifier) are in no subnet', () => {
    const resource = new AutoScalingGroupsManager().map({ ...group, VPCZoneIdentifier: '' }, scope);
    expect(resource.relationships.filter((edge) => edge.type === 'in_subnet')).toEqual([]);
  });
});

describe('launch configurations', () => {
  it('never store user data, and use their image and security groups', () => {
    const configuration: LaunchConfiguration = {
      LaunchConfigurationName: 'web-lc',
      ImageId: 'ami-0123456789abcdef0',
      InstanceType: 't3.micro',
      SecurityGroups: ['sg-0123456789abcdef0'],
      UserData: Buffer.from('#!/bin/sh\nexport DB_PASSWORD=hunter2').toString('base64'),
      CreatedTime: new Date('2024-01-02T03:04:05.000Z'),
    };
    const resource = new LaunchConfigurationsManager().map(configuration, scope);
    expect(resource.data_json).not.toContain(configuration.UserData);
    expect(JSON.parse(resource.data_json)).not.toHaveProperty('UserData');
    expect(resource.relationships.map((edge) => edge.target_uid)).toEqual([
      'arn:aws:ec2:eu-west-1::image/ami-0123456789abcdef0',
      'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0123456789abcdef0',
    ]);
  });
});
