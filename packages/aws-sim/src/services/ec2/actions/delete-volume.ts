import type { DeleteVolumeRequest } from '@aws-sdk/client-ec2';
import { AwsApiError } from '../../../errors.js';
import { ec2Action, missingParameter } from './ec2-action-context.js';

/** DeleteVolume: only an available (detached) volume can go. */
export const deleteVolume = ec2Action<DeleteVolumeRequest, object>(({ input, scope, state, commit }) => {
  const id = input.VolumeId;
  if (!id) throw missingParameter('VolumeId');
  if (!/^vol-[0-9a-f]+$/.test(id)) throw new AwsApiError('InvalidParameterValue', `Invalid id: "${id}"`, 400);
  const volume = state.get('volume', scope, id);
  if (!volume) throw new AwsApiError('InvalidVolume.NotFound', `The volume '${id}' does not exist.`, 400);
  const attachment = volume.Attachments[0];
  if (attachment) {
    throw new AwsApiError('VolumeInUse', `Volume ${id} is currently attached to ${attachment.InstanceId}`, 400);
  }
  commit();
  state.remove('volume', scope, id);
  return {};
});
