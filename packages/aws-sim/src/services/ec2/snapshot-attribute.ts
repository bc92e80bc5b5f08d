import type { DescribeSnapshotAttributeRequest, DescribeSnapshotAttributeResult } from '@aws-sdk/client-ec2';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import { SimState } from '../../world/sim-state.js';

type SharedSnapshot = { CreateVolumePermissions?: DescribeSnapshotAttributeResult['CreateVolumePermissions'] };

/**
 * DescribeSnapshotAttribute: who may create volumes from the snapshot (nobody else, unless the record says so) and
 * its product codes (none); other attributes are refused as EC2 does.
 */
export function describeSnapshotAttribute(
  input: DescribeSnapshotAttributeRequest,
  call: CallContext,
): DescribeSnapshotAttributeResult {
  const id = input.SnapshotId;
  if (!id) throw new AwsApiError('MissingParameter', 'The request must contain the parameter snapshotId', 400);
  const attribute = String(input.Attribute ?? '');
  if (attribute !== 'createVolumePermission' && attribute !== 'productCodes') {
    throw new AwsApiError('InvalidParameterValue', `Value (${attribute}) for parameter attribute is invalid.`, 400);
  }
  const snapshot = new SimState(call.world).get(
    'snapshot',
    { account: call.identity.accountId, region: call.region },
    id,
  );
  if (!snapshot) throw new AwsApiError('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`, 400);
  return attribute === 'productCodes'
    ? { SnapshotId: id, ProductCodes: [] }
    : { SnapshotId: id, CreateVolumePermissions: (snapshot as SharedSnapshot).CreateVolumePermissions ?? [] };
}
