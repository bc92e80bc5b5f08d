import type {
  DescribeAccessPointsRequest,
  DescribeFileSystemsRequest,
  DescribeMountTargetSecurityGroupsRequest,
  DescribeMountTargetSecurityGroupsResponse,
  DescribeMountTargetsRequest,
} from '@aws-sdk/client-efs';
import type { CallContext } from '../../http/http-types.js';
import type { SimEfsMountTarget } from '../../kinds/efs/mount-target.js';
import { collectionFor, listKind } from '../list-kind.js';
import { badRequest, requireEfs } from './efs-lookup.js';

const clampAt = (max: number) => ({ min: 1, max, aboveMax: 'clamp' as const });

/** DescribeFileSystems: pages of 100 (Marker / NextMarker), or the one file system or creation token asked for. */
export const describeFileSystems = listKind<'efsFileSystem', DescribeFileSystemsRequest>('efsFileSystem', {
  paging: { items: 'FileSystems', defaultPageSize: 100, limits: clampAt(100) },
  validate(input, call) {
    if (input.FileSystemId !== undefined) requireEfs(call, 'efsFileSystem', input.FileSystemId);
  },
  where(input) {
    const { FileSystemId, CreationToken } = input;
    if (FileSystemId === undefined && CreationToken === undefined) return undefined;
    return (fs) =>
      (FileSystemId === undefined || fs.FileSystemId === FileSystemId) &&
      (CreationToken === undefined || fs.CreationToken === CreationToken);
  },
});

function mountTargetFilter(input: DescribeMountTargetsRequest, call: CallContext) {
  const { FileSystemId, MountTargetId, AccessPointId } = input;
  if (MountTargetId !== undefined) return (target: SimEfsMountTarget) => target.MountTargetId === MountTargetId;
  if (FileSystemId !== undefined) return (target: SimEfsMountTarget) => target.FileSystemId === FileSystemId;
  const accessPoint = collectionFor('efsAccessPoint', call).get(String(AccessPointId));
  return (target: SimEfsMountTarget) => target.FileSystemId === accessPoint?.FileSystemId;
}

/** DescribeMountTargets: of exactly one file system, mount target or access point, 10 a page unless asked. */
export const describeMountTargets = listKind<'efsMountTarget', DescribeMountTargetsRequest>('efsMountTarget', {
  paging: { items: 'MountTargets', defaultPageSize: 10, limits: clampAt(100) },
  validate(input, call) {
    const named = [input.FileSystemId, input.MountTargetId, input.AccessPointId].filter((id) => id !== undefined);
    if (named.length !== 1) throw badRequest('Must specify exactly one mutually exclusive parameter.');
    if (input.FileSystemId !== undefined) requireEfs(call, 'efsFileSystem', input.FileSystemId);
    if (input.MountTargetId !== undefined) requireEfs(call, 'efsMountTarget', input.MountTargetId);
    if (input.AccessPointId !== undefined) requireEfs(call, 'efsAccessPoint', input.AccessPointId);
  },
  where: mountTargetFilter,
  itemOf: ({ SecurityGroups: _groups, ...target }) => target,
});

export function describeMountTargetSecurityGroups(
  input: DescribeMountTargetSecurityGroupsRequest,
  call: CallContext,
): DescribeMountTargetSecurityGroupsResponse {
  requireEfs(call, 'efsMountTarget', input.MountTargetId);
  const target = collectionFor('efsMountTarget', call).get(String(input.MountTargetId)) as SimEfsMountTarget;
  return { SecurityGroups: target.SecurityGroups };
}

/** DescribeAccessPoints: every access point of the region, of one file system, or the one asked for; pages of 100. */
export const describeAccessPoints = listKind<'efsAccessPoint', DescribeAccessPointsRequest>('efsAccessPoint', {
  paging: {
    items: 'AccessPoints',
    inputToken: 'NextToken',
    outputToken: 'NextToken',
    limit: 'MaxResults',
    defaultPageSize: 100,
    limits: clampAt(100),
  },
  validate(input, call) {
    if (input.FileSystemId !== undefined && input.AccessPointId !== undefined) {
      throw badRequest('Specify either FileSystemId or AccessPointId, not both.');
    }
    if (input.FileSystemId !== undefined) requireEfs(call, 'efsFileSystem', input.FileSystemId);
    if (input.AccessPointId !== undefined) requireEfs(call, 'efsAccessPoint', input.AccessPointId);
  },
  where({ FileSystemId, AccessPointId }) {
    if (AccessPointId !== undefined) return (point) => point.AccessPointId === AccessPointId;
    if (FileSystemId !== undefined) return (point) => point.FileSystemId === FileSystemId;
    return undefined;
  },
});
