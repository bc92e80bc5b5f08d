import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2';
import { ResourceManager, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { elbv2Uid } from './elbv2-calls.js';
import type { ListenerDetails } from './listeners.connector.js';
import { LoadBalancersManager } from './load-balancers.manager.js';
import { TargetGroupsManager } from './target-groups.manager.js';

/** The target groups actions forward to: the plain TargetGroupArn and every group of a weighted ForwardConfig. */
export function forwardedTargetGroups(actions: readonly Action[] | undefined): string[] {
  const arns = new Set<string>();
  for (const action of actions ?? []) {
    if (action.TargetGroupArn) arns.add(action.TargetGroupArn);
    for (const tuple of action.ForwardConfig?.TargetGroups ?? [])
      if (tuple.TargetGroupArn) arns.add(tuple.TargetGroupArn);
  }
  return [...arns];
}

/** The default actions and those of every rule (an application load balancer's listener routes by both). */
function actionsOf(listener: ListenerDetails): Action[] {
  return [...(listener.DefaultActions ?? []), ...(listener.Rules ?? []).flatMap((rule) => rule.Actions ?? [])];
}

const listenerMapping = awsMapping<ListenerDetails>({ id: 'ListenerArn' });

export class ListenersManager extends ResourceManager<ListenerDetails> {
  readonly kind = 'aws_elbv2_listener';
  readonly serviceType = {
    group: 'ELB',
    type: 'Listener',
    name: 'ELBv2 Listener',
    labels: ['Networking'],
    family: 'listener',
  };
  readonly uid = elbv2Uid('listener/');
  // A listener has no name of its own: `HTTPS:443` says what it is (gateway load balancers' have neither).
  readonly mapping = {
    ...listenerMapping,
    name: (listener: ListenerDetails, scope: Parameters<typeof listenerMapping.name>[1]) =>
      listener.Protocol && listener.Port !== undefined
        ? `${listener.Protocol}:${listener.Port}`
        : listenerMapping.name(listener, scope),
  };
  override readonly relationships = [
    edge('belongs_to', LoadBalancersManager, (listener: ListenerDetails) => listener.LoadBalancerArn),
    edge('routes_to', TargetGroupsManager, (listener: ListenerDetails) => forwardedTargetGroups(actionsOf(listener))),
  ];
}
