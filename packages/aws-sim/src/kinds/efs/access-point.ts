import type { AccessPointDescription } from '@aws-sdk/client-efs';
import { arnOf } from '../../world/partition.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { uuidOf } from '../uuids.js';
import { efsParentIndex } from './efs-layout.js';

type AccessPointFields =
  | 'ClientToken'
  | 'Name'
  | 'AccessPointId'
  | 'AccessPointArn'
  | 'FileSystemId'
  | 'PosixUser'
  | 'RootDirectory'
  | 'OwnerId'
  | 'LifeCycleState';

export type SimEfsAccessPoint = Tagged<Filled<AccessPointDescription, AccessPointFields>>;

const SALT_ACCESS_POINT = 53;

export function accessPointArn(ctx: ScopeContext, accessPointId: string): string {
  return ctx.arn('elasticfilesystem', `access-point/${accessPointId}`);
}
const APPLICATIONS = ['web', 'worker', 'lambda', 'batch'] as const;

/** Access point i opens a directory of its own of file system (i mod file systems) to one POSIX user. */
export const efsAccessPointKind: KindSpec<'efsAccessPoint', SimEfsAccessPoint> = {
  kind: 'efsAccessPoint',
  idField: 'AccessPointId',
  ids: { prefix: 'fsap-' },
  counts: { tiny: 1, small: 2, medium: 15, large: 60 },
  needs: ['efsFileSystem'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_ACCESS_POINT, index, 1);
    const id = ctx.id('efsAccessPoint', index);
    const application = APPLICATIONS[hash % APPLICATIONS.length] as string;
    const uid = 1000 + (hash % 50);
    const name = `${application}-${index}`;
    return {
      ClientToken: uuidOf(ctx, SALT_ACCESS_POINT, index),
      Name: name,
      Tags: [{ Key: 'Name', Value: name }],
      AccessPointId: id,
      AccessPointArn: accessPointArn(ctx, id),
      FileSystemId: ctx.id('efsFileSystem', efsParentIndex(ctx, index)),
      PosixUser: { Uid: uid, Gid: uid },
      RootDirectory: {
        Path: `/${application}/${index}`,
        CreationInfo: { OwnerUid: uid, OwnerGid: uid, Permissions: '0755' },
      },
      OwnerId: ctx.accountId,
      LifeCycleState: 'available',
    };
  },
  added(record, fields, scope) {
    if (fields.AccessPointId !== undefined && fields.AccessPointArn === undefined) {
      record.AccessPointArn = arnOf(
        'elasticfilesystem',
        scope.region,
        scope.account,
        `access-point/${record.AccessPointId}`,
      );
    }
  },
};
