import type { DeleteSnapshotRequest } from '@aws-sdk/client-ec2';
import { AwsApiError } from '../../../errors.js';
import { ec2Action, missingParameter } from './ec2-action-context.js';

/** DeleteSnapshot: refused while an AMI of the account is backed by the snapshot, as AWS does. */
export const deleteSnapshot = ec2Action<DeleteSnapshotRequest, object>(({ input, scope, state, commit }) => {
  const id = input.SnapshotId;
  if (!id) throw missingParameter('SnapshotId');
  if (!/^snap-[0-9a-f]+$/.test(id)) throw new AwsApiError('InvalidParameterValue', `Invalid id: "${id}"`, 400);
  const snapshot = state.get('snapshot', scope, id);
  if (!snapshot) throw new AwsApiError('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`, 400);
  const image = state
    .list('image', scope)
    .find((candidate) => candidate.BlockDeviceMappings.some((m) => m.Ebs.SnapshotId === id));
  if (image) {
    throw new AwsApiError('InvalidSnapshot.InUse', `The snapshot ${id} is currently in use by ${image.ImageId}`, 400);
  }
  commit();
  state.remove('snapshot', scope, id);
  return {};
});
