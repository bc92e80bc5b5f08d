import type { Action, Rule } from '@aws-sdk/client-elastic-load-balancing-v2';
import { hashString } from '../../world/hash.js';
import type { SimListener } from './listener.js';

/** The rules of a listener, as DescribeRules answers them. */
export type SimRule = Rule & { RuleArn: string; Priority: string };

const CANARY_PATH = '/canary/*';

function ruleArn(listenerArn: string, priority: string): string {
  const hash = hashString(`${listenerArn}|${priority}`).toString(16).padStart(8, '0');
  const more = hashString(`${priority}|${listenerArn}`).toString(16).padStart(8, '0');
  return `${listenerArn.replace(':listener/', ':listener-rule/')}/${hash}${more}`;
}

/**
 * A listener's rules follow from its record: the default rule holds its default actions, and a listener that
 * weighs two target groups also sends `/canary/*` wholly to the second one (a rule of priority 10).
 */
export function listenerRules(listener: SimListener): SimRule[] {
  const rules: SimRule[] = [
    {
      RuleArn: ruleArn(listener.ListenerArn, 'default'),
      Priority: 'default',
      Conditions: [],
      Actions: listener.DefaultActions,
      IsDefault: true,
    },
  ];
  const canary = listener.DefaultActions.flatMap((action) => action.ForwardConfig?.TargetGroups ?? [])[1];
  if (canary?.TargetGroupArn !== undefined) {
    const forward: Action = { Type: 'forward', Order: 1, TargetGroupArn: canary.TargetGroupArn };
    rules.unshift({
      RuleArn: ruleArn(listener.ListenerArn, '10'),
      Priority: '10',
      Conditions: [{ Field: 'path-pattern', Values: [CANARY_PATH], PathPatternConfig: { Values: [CANARY_PATH] } }],
      Actions: [forward],
      IsDefault: false,
    });
  }
  return rules;
}

/** The listener ARN a rule ARN belongs to. */
export function listenerOfRule(ruleArn: string): string {
  return ruleArn.replace(':listener-rule/', ':listener/').replace(/\/[0-9a-f]{16}$/, '');
}
