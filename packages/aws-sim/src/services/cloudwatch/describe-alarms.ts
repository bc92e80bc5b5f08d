import type { CompositeAlarm, DescribeAlarmsInput, MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { CallContext } from '../../http/http-types.js';
import type { SimCompositeAlarm } from '../../kinds/cloudwatch/composite-alarm.js';
import type { SimMetricAlarm } from '../../kinds/cloudwatch/metric-alarm.js';
import { pageOf, type PagingDeclaration } from '../../protocols/paging.js';
import { collectionFor } from '../list-kind.js';

const PAGING = { limit: 'MaxRecords', defaultPageSize: 50, limits: { min: 1, max: 100, aboveMax: 'reject' } } as const;

type Alarm = SimMetricAlarm | SimCompositeAlarm;

/** The alarms the request's AlarmNames, AlarmNamePrefix, StateValue and ActionPrefix leave. */
function asked(input: DescribeAlarmsInput): ((alarm: Alarm) => boolean) | undefined {
  const { AlarmNames: names, AlarmNamePrefix: prefix, StateValue: state, ActionPrefix: action } = input;
  if (!names?.length && !prefix && !state && !action) return undefined;
  const named = names?.length ? new Set(names) : undefined;
  return (alarm) =>
    (!named || named.has(alarm.AlarmName)) &&
    (!prefix || alarm.AlarmName.startsWith(prefix)) &&
    (!state || alarm.StateValue === state) &&
    (!action ||
      [...alarm.AlarmActions, ...alarm.OKActions, ...alarm.InsufficientDataActions].some((a) => a.startsWith(action)));
}

function withoutTags<T extends { Tags: unknown }>(alarm: T): Omit<T, 'Tags'> {
  const { Tags: _tags, ...rest } = alarm;
  return rest;
}

/**
 * DescribeAlarms: metric alarms unless AlarmTypes names others (AWS leaves composite alarms out when it is omitted);
 * both types page together, metric alarms first.
 */
export function describeAlarms(input: DescribeAlarmsInput, call: CallContext): Record<string, unknown> {
  const types = input.AlarmTypes?.length ? input.AlarmTypes : ['MetricAlarm'];
  const wantsMetric = types.includes('MetricAlarm');
  const wantsComposite = types.includes('CompositeAlarm');
  const predicate = asked(input);
  const request = input as Record<string, unknown>;
  const metric = collectionFor('metricAlarm', call);
  if (!wantsComposite) {
    const page = pageOf<Alarm>(metric, request, { items: 'MetricAlarms', ...PAGING }, call, predicate);
    return { ...page, MetricAlarms: (page.MetricAlarms as SimMetricAlarm[]).map(withoutTags), CompositeAlarms: [] };
  }
  const alarms: Alarm[] = [...(wantsMetric ? metric.all() : []), ...collectionFor('compositeAlarm', call).all()];
  const paging: PagingDeclaration = { items: 'Alarms', ...PAGING };
  const page = pageOf(alarms, request, paging, call, predicate);
  const listed = page.Alarms as Alarm[];
  delete page.Alarms;
  const isComposite = (alarm: Alarm): alarm is SimCompositeAlarm => 'AlarmRule' in alarm;
  return {
    ...page,
    MetricAlarms: listed.filter((alarm) => !isComposite(alarm)).map(withoutTags) as MetricAlarm[],
    CompositeAlarms: listed.filter(isComposite).map(withoutTags) as CompositeAlarm[],
  };
}
