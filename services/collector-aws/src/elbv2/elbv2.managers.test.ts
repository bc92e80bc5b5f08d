import { describe, expect, it } from '@jest/globals';
import type { TargetTypeEnum } from '@aws-sdk/client-elastic-load-balancing-v2';
import { iamActionOf } from '@cloud-inventory/collector-kit';
import { ListenersConnector, type ListenerDetails } from './listeners.connector.js';
import { ListenersManager } from './listeners.manager.js';
import { LoadBalancersManager } from './load-balancers.manager.js';
import { TargetGroupsConnector, type TargetGroupDetails } from './target-groups.connector.js';
import { TargetGroupsManager } from './target-groups.manager.js';

const scope = { partition: 'aws-cn', account: '123456789012', region: 'cn-north-1' };
const arn = (resource: string) => `arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:${resource}`;
const balancer = arn('loadbalancer/app/web/50dc6c495c0c9188');
const [blue, green] = [arn('targetgroup/blue/0123456789abcdef'), arn('targetgroup/green/fedcba9876543210')];

function edgesOf(resource: { relationships: { type: string; target_uid: string }[] }) {
  return resource.relationships.map((edge) => `${edge.type} ${edge.target_uid}`);
}

describe('ELBv2 listeners', () => {
  const listener: ListenerDetails = {
    ListenerArn: arn('listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2'),
    LoadBalancerArn: balancer,
    Protocol: 'HTTPS',
    Port: 443,
    DefaultActions: [
      { Type: 'authenticate-oidc', Order: 1 },
      {
        Type: 'forward',
        Order: 2,
        TargetGroupArn: blue,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: blue, Weight: 90 },
            { TargetGroupArn: green, Weight: 10 },
          ],
        },
      },
    ],
    Tags: [],
  };

  it('belong to their load balancer and route to every group a forward action names, once each', () => {
    const resource = new ListenersManager().map(listener, scope);
    expect(resource.name).toBe('HTTPS:443');
    expect(edgesOf(resource)).toEqual([`belongs_to ${balancer}`, `routes_to ${blue}`, `routes_to ${green}`]);
  });

  it("route to the groups their rules forward to, besides their default actions'", () => {
    const canary = arn('targetgroup/canary/00000000000000aa');
    const withRules: ListenerDetails = {
      ...listener,
      Rules: [
        { Priority: '10', Actions: [{ Type: 'forward', TargetGroupArn: canary }] },
        { Priority: 'default', IsDefault: true, Actions: listener.DefaultActions },
      ],
    };
    const targets = new ListenersManager()
      .map(withRules, scope)
      .relationships.filter((edge) => edge.type === 'routes_to')
      .map((edge) => edge.target_uid);
    expect(targets).toEqual([blue, green, canary]);
  });

  it('route nowhere when their actions only redirect, and are named by ARN without protocol and port', () => {
    const redirect = {
      ...listener,
      Protocol: undefined,
      Port: undefined,
      DefaultActions: [{ Type: 'redirect' as const }],
    };
    const resource = new ListenersManager().map(redirect, scope);
    expect(resource.name).toBe(listener.ListenerArn);
    expect(edgesOf(resource)).toEqual([`belongs_to ${balancer}`]);
  });

  it('are listed per load balancer, with IAM actions of elasticloadbalancing (not the SDK name, v2)', () => {
    const actions = new ListenersConnector({} as never).calls.map(iamActionOf);
    expect(actions).toEqual([
      'elasticloadbalancing:DescribeLoadBalancers',
      'elasticloadbalancing:DescribeListeners',
      'elasticloadbalancing:DescribeTags',
      'elasticloadbalancing:DescribeRules',
    ]);
  });
});

describe('ELBv2 target groups', () => {
  const group = (TargetType: TargetTypeEnum, ids: string[]): TargetGroupDetails => ({
    TargetGroupArn: blue,
    TargetGroupName: 'blue',
    TargetType,
    VpcId: 'vpc-0a1b2c3d4e5f67890',
    Targets: ids.map((Id) => ({ Target: { Id, Port: 80 }, TargetHealth: { State: 'healthy' } })),
    Tags: [{ Key: 'team', Value: 'web' }],
  });

  it('route to their instance targets, each once though registered on several ports', () => {
    const resource = new TargetGroupsManager().map(group('instance', ['i-1', 'i-2', 'i-1']), scope);
    expect(edgesOf(resource)).toEqual([
      'in_vpc arn:aws-cn:ec2:cn-north-1:123456789012:vpc/vpc-0a1b2c3d4e5f67890',
      'routes_to arn:aws-cn:ec2:cn-north-1:123456789012:instance/i-1',
      'routes_to arn:aws-cn:ec2:cn-north-1:123456789012:instance/i-2',
    ]);
    expect(resource).toMatchObject({ id: blue, uid: blue, name: 'blue', tags: { team: 'web' } });
  });

  it('keep IP and Lambda targets in data, with no instance edge', () => {
    for (const [type, id] of [
      ['ip', '10.0.1.7'],
      ['lambda', 'arn:aws-cn:lambda:cn-north-1:123456789012:function:f'],
    ]) {
      const resource = new TargetGroupsManager().map(group(type as TargetTypeEnum, [id as string]), scope);
      expect(edgesOf(resource).filter((edge) => edge.startsWith('routes_to'))).toEqual([]);
      expect(JSON.parse(resource.data_json).Targets[0].Target.Id).toBe(id);
    }
  });

  it('are described per group for their targets', () => {
    expect(new TargetGroupsConnector({} as never).calls.map(iamActionOf)).toContain(
      'elasticloadbalancing:DescribeTargetHealth',
    );
  });
});

describe('ELBv2 load balancers', () => {
  it('are the uid an ENI names by the load balancer part of its description', () => {
    const { uid } = new LoadBalancersManager();
    expect(uid('app/web/50dc6c495c0c9188', scope)).toBe(balancer);
    expect(uid(balancer, scope)).toBe(balancer);
  });
});
