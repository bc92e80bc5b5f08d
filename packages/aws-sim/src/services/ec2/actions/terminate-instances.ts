import type { TerminateInstancesRequest, TerminateInstancesResult } from '@aws-sdk/client-ec2';
import { AwsApiError } from '../../../errors.js';
import type { SimInstance } from '../../../world/records.js';
import { ec2Action, missingParameter } from './ec2-action-context.js';

const shuttingDown = { Code: 32, Name: 'shutting-down' } as const;

/**
 * TerminateInstances: answers each instance going from its state to shutting-down. The simulator skips the hour a
 * terminated instance lingers in AWS: it is gone from Describe* at once, with AWS's side effects (DeleteOnTermination
 * volumes deleted, other volumes detached, elastic IPs disassociated).
 */
export const terminateInstances = ec2Action<TerminateInstancesRequest, TerminateInstancesResult>(
  ({ input, scope, state, commit }) => {
    const ids = [...new Set(input.InstanceIds ?? [])];
    if (ids.length === 0) throw missingParameter('InstanceId');
    const instances: SimInstance[] = [];
    for (const id of ids) {
      if (!/^i-[0-9a-f]+$/.test(id)) throw new AwsApiError('InvalidInstanceID.Malformed', `Invalid id: "${id}"`, 400);
      const instance = state.get('instance', scope, id);
      if (!instance) throw new AwsApiError('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`, 400);
      instances.push(instance);
    }
    commit();
    for (const instance of instances) state.remove('instance', scope, instance.InstanceId);
    return {
      TerminatingInstances: instances.map((instance) => ({
        InstanceId: instance.InstanceId,
        CurrentState: shuttingDown,
        PreviousState: { Code: instance.State.Code, Name: instance.State.Name },
      })),
    };
  },
);
