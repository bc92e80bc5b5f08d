import { describe, expect, it } from '@jest/globals';
import { MetricAlarmsManager } from './metric-alarms.manager.js';

const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };
const topic = (name: string) => `arn:aws:sns:eu-west-1:123456789012:${name}`;

describe('CloudWatch metric alarms', () => {
  const manager = new MetricAlarmsManager();

  it('notify the SNS topics of their actions (once each) and watch what their dimensions name', () => {
    const resource = manager.map(
      {
        AlarmName: 'db-cpu',
        AlarmActions: [topic('pager'), 'arn:aws:automate:eu-west-1:ec2:reboot'],
        OKActions: [topic('pager'), topic('ok.fifo')],
        Dimensions: [
          { Name: 'DBInstanceIdentifier', Value: 'orders' },
          { Name: 'Role', Value: 'WRITER' },
        ],
      },
      scope,
    );
    expect(resource.relationships).toEqual([
      { type: 'notifies', target_kind: 'aws_sns_topic', target_uid: topic('pager') },
      { type: 'notifies', target_kind: 'aws_sns_topic', target_uid: topic('ok.fifo') },
      {
        type: 'watches',
        target_kind: 'aws_rds_db_instance',
        target_uid: 'arn:aws:rds:eu-west-1:123456789012:db:orders',
      },
    ]);
  });

  it('watch a load balancer by the path of its ARN that ELBv2 metrics name it by', () => {
    const path = 'app/web/50dc6c495c0c9188';
    const resource = manager.map(
      { AlarmName: 'web-5xx', Namespace: 'AWS/ApplicationELB', Dimensions: [{ Name: 'LoadBalancer', Value: path }] },
      scope,
    );
    expect(resource.relationships).toEqual([
      {
        type: 'watches',
        target_kind: 'aws_elbv2_load_balancer',
        target_uid: `arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/${path}`,
      },
    ]);
  });
});
