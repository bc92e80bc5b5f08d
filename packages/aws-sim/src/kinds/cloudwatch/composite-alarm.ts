import type { CompositeAlarm } from '@aws-sdk/client-cloudwatch';
import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';

type CompositeAlarmFields =
  | 'AlarmName'
  | 'AlarmArn'
  | 'AlarmRule'
  | 'ActionsEnabled'
  | 'AlarmActions'
  | 'OKActions'
  | 'InsufficientDataActions'
  | 'StateValue'
  | 'StateReason'
  | 'StateUpdatedTimestamp'
  | 'AlarmConfigurationUpdatedTimestamp';

/** DescribeAlarms' CompositeAlarm (listed only when AlarmTypes asks for it); the inventory counts metric alarms. */
export type SimCompositeAlarm = Filled<CompositeAlarm, CompositeAlarmFields> & { Tags: SimTag[] };

const SALT_COMPOSITE_ALARM = 81;

export const compositeAlarmKind: KindSpec<'compositeAlarm', SimCompositeAlarm> = {
  kind: 'compositeAlarm',
  idField: 'AlarmName',
  ids: { prefix: 'composite-' },
  counts: { tiny: 1, small: 1, medium: 5, large: 20 },
  ownFields: ['Tags'],
  generate(ctx, index) {
    const name = ctx.id('compositeAlarm', index);
    const updated = ctx.date('2024-06-01T00:00:00Z', 180, ctx.hash(SALT_COMPOSITE_ALARM, index, 1));
    const alarms = ctx.counts.metricAlarm;
    const members = [0, 1].filter((k) => k < alarms).map((k) => ctx.id('metricAlarm', (index + k) % alarms));
    return {
      AlarmName: name,
      AlarmArn: ctx.arn('cloudwatch', `alarm:${name}`),
      AlarmDescription: 'Any of its alarms',
      AlarmRule: members.map((member) => `ALARM("${member}")`).join(' OR ') || 'FALSE',
      ActionsEnabled: true,
      AlarmActions: [],
      OKActions: [],
      InsufficientDataActions: [],
      StateValue: 'OK',
      StateReason: 'arn:aws:cloudwatch alarm rule evaluated to FALSE',
      StateUpdatedTimestamp: updated,
      StateTransitionedTimestamp: updated,
      AlarmConfigurationUpdatedTimestamp: updated,
      Tags: [],
    };
  },
};
