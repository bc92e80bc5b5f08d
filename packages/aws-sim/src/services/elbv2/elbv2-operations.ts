import type {
  DescribeListenersInput,
  DescribeRulesInput,
  DescribeLoadBalancersInput,
  DescribeTagsInput,
  DescribeTagsOutput,
  DescribeTargetGroupsInput,
  DescribeTargetHealthInput,
  DescribeTargetHealthOutput,
  TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { CallContext } from '../../http/http-types.js';
import { listenerOfRule, listenerRules, type SimRule } from '../../kinds/elbv2/listener-rules.js';
import { pageOf } from '../../protocols/paging.js';
import type { SimRecordByKind } from '../../kinds/index.js';
import type { SimListener, SimTargetGroup } from '../../world/records.js';
import { collectionFor, listKind } from '../list-kind.js';
import { batchOf, elbPaging, named, notFound, validationError } from './elb-requests.js';
import { elbv2Record, requireAll } from './elbv2-lookups.js';

type NamedKind = 'elbv2LoadBalancer' | 'targetGroup';

/**
 * How a Describe* selects records by ARN or by name: every one it names must exist (AWS answers not-found for the
 * lot), and only those are listed.
 */
function selectionOf<K extends NamedKind>(
  kind: K,
  arnOf: (record: SimRecordByKind[K]) => string,
  nameOf: (record: SimRecordByKind[K]) => string,
  missing: () => Error,
) {
  return {
    validate(arns: string[] | undefined, names: string[] | undefined, call: CallContext): void {
      requireAll(arns, kind, call);
      const wanted = named(names);
      if (!wanted) return;
      const found = new Set<string>();
      for (const record of collectionFor(kind, call).all()) if (wanted.has(nameOf(record))) found.add(nameOf(record));
      if (found.size < wanted.size) throw missing();
    },
    where(arns: string[] | undefined, names: string[] | undefined) {
      const arnSet = named(arns);
      const nameSet = named(names);
      if (!arnSet && !nameSet) return undefined;
      return (record: SimRecordByKind[K]) =>
        (arnSet?.has(arnOf(record)) ?? false) || (nameSet?.has(nameOf(record)) ?? false);
    },
  };
}

const loadBalancerSelection = selectionOf(
  'elbv2LoadBalancer',
  (r) => r.LoadBalancerArn,
  (r) => r.LoadBalancerName,
  () => notFound('LoadBalancerNotFound', 'One or more load balancers not found'),
);

export const describeLoadBalancers = listKind<'elbv2LoadBalancer', DescribeLoadBalancersInput>('elbv2LoadBalancer', {
  paging: elbPaging('LoadBalancers'),
  validate: (input, call) => loadBalancerSelection.validate(input.LoadBalancerArns, input.Names, call),
  where: (input) => loadBalancerSelection.where(input.LoadBalancerArns, input.Names),
});

const targetGroupSelection = selectionOf(
  'targetGroup',
  (r) => r.TargetGroupArn,
  (r) => r.TargetGroupName,
  () => notFound('TargetGroupNotFound', 'One or more target groups not found'),
);

export const describeTargetGroups = listKind<'targetGroup', DescribeTargetGroupsInput>('targetGroup', {
  paging: elbPaging('TargetGroups'),
  validate(input, call) {
    if (input.LoadBalancerArn !== undefined) elbv2Record(input.LoadBalancerArn, call, 'elbv2LoadBalancer');
    targetGroupSelection.validate(input.TargetGroupArns, input.Names, call);
  },
  where(input) {
    const selected = targetGroupSelection.where(input.TargetGroupArns, input.Names);
    const balancer = input.LoadBalancerArn;
    if (balancer === undefined) return selected;
    return (record) => record.LoadBalancerArns.includes(balancer) && (selected?.(record) ?? true);
  },
});

/** Listeners of one load balancer, or the listeners named: AWS requires one or the other. */
export const describeListeners = listKind<'listener', DescribeListenersInput>('listener', {
  paging: elbPaging('Listeners'),
  validate(input, call) {
    if (input.LoadBalancerArn === undefined && !named(input.ListenerArns)) {
      throw validationError('You must specify either listener ARNs or a load balancer ARN');
    }
    if (input.LoadBalancerArn !== undefined) elbv2Record(input.LoadBalancerArn, call, 'elbv2LoadBalancer');
    requireAll(input.ListenerArns, 'listener', call);
  },
  where(input) {
    const arns = named(input.ListenerArns);
    const balancer = input.LoadBalancerArn;
    return (record) =>
      (balancer === undefined || record.LoadBalancerArn === balancer) && (!arns || arns.has(record.ListenerArn));
  },
});

/** The rules of one listener, or the rules named (of any listeners): AWS requires one or the other. */
export function describeRules(input: DescribeRulesInput, call: CallContext): Record<string, unknown> {
  const namedRules = named(input.RuleArns);
  if (input.ListenerArn === undefined && !namedRules) {
    throw validationError('You must specify either listener ARN or rule ARNs');
  }
  let rules: SimRule[];
  if (input.ListenerArn !== undefined) {
    rules = listenerRules(elbv2Record(input.ListenerArn, call, 'listener') as SimListener);
  } else {
    const listeners = [...new Set([...(namedRules ?? [])].map(listenerOfRule))];
    rules = listeners.flatMap((arn) => listenerRules(elbv2Record(arn, call, 'listener') as SimListener));
  }
  if (namedRules) {
    rules = rules.filter((rule) => namedRules.has(rule.RuleArn));
    if (rules.length < namedRules.size) throw notFound('RuleNotFound', 'One or more rules not found');
  }
  return pageOf(rules, input as Record<string, unknown>, elbPaging('Rules'), call);
}

const NOT_REGISTERED = Object.freeze({
  State: 'unused',
  Reason: 'Target.NotRegistered',
  Description: 'Target is not registered to the target group',
});

/** The registered targets of one target group (there is no call for several), or the health of the targets named. */
export function describeTargetHealth(input: DescribeTargetHealthInput, call: CallContext): DescribeTargetHealthOutput {
  if (input.TargetGroupArn === undefined) {
    throw validationError(
      "1 validation error detected: Value null at 'targetGroupArn' failed to satisfy constraint: Member must not be null",
    );
  }
  const group = elbv2Record(input.TargetGroupArn, call, 'targetGroup') as SimTargetGroup;
  if (!input.Targets || input.Targets.length === 0) return { TargetHealthDescriptions: group.Targets };
  const descriptions = input.Targets.map(
    (target): TargetHealthDescription =>
      group.Targets.find((registered) => registered.Target?.Id === target.Id) ?? {
        Target: target,
        TargetHealth: NOT_REGISTERED,
      },
  );
  return { TargetHealthDescriptions: descriptions };
}

/** Tags of up to 20 load balancers, target groups and listeners at once. */
export function describeTags(input: DescribeTagsInput, call: CallContext): DescribeTagsOutput {
  const arns = batchOf(input.ResourceArns, 'resourceArns', 20);
  return {
    TagDescriptions: arns.map((arn) => ({ ResourceArn: arn, Tags: elbv2Record(arn, call).Tags })),
  };
}
