import { AwsApiError } from '../../../errors.js';
import { returnTrue, type Ec2Action } from './ec2-action-context.js';

/** DeleteVolume: only an available (detached) volume can go. */
export const deleteVolume: Ec2Action = ({ params, scope, state, commit }) => {
  const id = params.require('VolumeId');
  if (!/^vol-[0-9a-f]+$/.test(id)) throw new AwsApiError('InvalidParameterValue', `Invalid id: "${id}"`, 400);
  const volume = state.get('volume', scope, id);
  if (!volume) throw new AwsApiError('InvalidVolume.NotFound', `The volume '${id}' does not exist.`, 400);
  const attachment = volume.Attachments[0];
  if (attachment) {
    throw new AwsApiError('VolumeInUse', `Volume ${id} is currently attached to ${attachment.InstanceId}`, 400);
  }
  commit();
  state.remove('volume', scope, id);
  return returnTrue;
};
