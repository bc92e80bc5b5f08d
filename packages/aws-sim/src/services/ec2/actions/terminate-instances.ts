import { AwsApiError } from '../../../errors.js';
import { tag, wrap } from '../../../protocols/xml.js';
import type { SimInstance } from '../../../world/records.js';
import type { Ec2Action } from './ec2-action-context.js';

const shuttingDown = { Code: 32, Name: 'shutting-down' } as const;

/**
 * TerminateInstances: answers each instance going from its state to shutting-down. The simulator skips the hour a
 * terminated instance lingers in AWS: it is gone from Describe* at once, with AWS's side effects (DeleteOnTermination
 * volumes deleted, other volumes detached, elastic IPs disassociated).
 */
export const terminateInstances: Ec2Action = ({ params, scope, state, commit }) => {
  const ids = [...new Set(params.list('InstanceId'))];
  if (ids.length === 0)
    throw new AwsApiError('MissingParameter', 'The request must contain the parameter InstanceId', 400);
  const instances: SimInstance[] = [];
  for (const id of ids) {
    if (!/^i-[0-9a-f]+$/.test(id)) throw new AwsApiError('InvalidInstanceID.Malformed', `Invalid id: "${id}"`, 400);
    const instance = state.get('instance', scope, id);
    if (!instance) throw new AwsApiError('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`, 400);
    instances.push(instance);
  }
  commit();
  let items = '';
  for (const instance of instances) {
    state.remove('instance', scope, instance.InstanceId);
    items += wrap(
      'item',
      tag('instanceId', instance.InstanceId) +
        wrap('currentState', tag('code', shuttingDown.Code) + tag('name', shuttingDown.Name)) +
        wrap('previousState', tag('code', instance.State.Code) + tag('name', instance.State.Name)),
    );
  }
  return wrap('instancesSet', items);
};
