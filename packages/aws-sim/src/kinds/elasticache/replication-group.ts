import type { ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { SimTag } from '../../world/records.js';
import { kmsKeyArn } from '../kms/key-layout.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { NODE_TYPES, cacheClusterKind } from './cache-cluster.js';
import { SALT_REPLICATION_GROUP, cacheEndpointSuffix, replicationGroupMemberIndexes } from './cache-layout.js';

type ReplicationGroupFields =
  | 'ReplicationGroupId'
  | 'ARN'
  | 'Description'
  | 'Status'
  | 'MemberClusters'
  | 'NodeGroups'
  | 'AutomaticFailover'
  | 'MultiAZ'
  | 'ClusterEnabled'
  | 'CacheNodeType'
  | 'AtRestEncryptionEnabled'
  | 'TransitEncryptionEnabled'
  | 'ReplicationGroupCreateTime';

/** DescribeReplicationGroups' ReplicationGroup (Redis, cluster mode off: one node group); tags per ARN. */
export type SimReplicationGroup = Filled<ReplicationGroup, ReplicationGroupFields> & { Tags: SimTag[] };

export const replicationGroupKind: KindSpec<'replicationGroup', SimReplicationGroup> = {
  kind: 'replicationGroup',
  idField: 'ReplicationGroupId',
  ids: { prefix: 'redis-' },
  counts: { tiny: 1, small: 1, medium: 6, large: 30 },
  ownFields: ['Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_REPLICATION_GROUP, index, 1);
    const name = ctx.id('replicationGroup', index);
    const members = replicationGroupMemberIndexes(ctx, index).map((member) => cacheClusterKind.generate(ctx, member));
    const first = members[0];
    const encrypted = first?.AtRestEncryptionEnabled ?? true;
    const failover = members.length > 1 ? 'enabled' : 'disabled';
    return {
      ReplicationGroupId: name,
      ARN: ctx.arn('elasticache', `replicationgroup:${name}`),
      Description: `Redis of ${name}`,
      Status: 'available',
      PendingModifiedValues: {},
      MemberClusters: members.map((member) => member.CacheClusterId),
      NodeGroups: [
        {
          NodeGroupId: '0001',
          Status: 'available',
          PrimaryEndpoint: { Address: `master.${name}.${cacheEndpointSuffix(ctx)}`, Port: 6379 },
          ReaderEndpoint: { Address: `replica.${name}.${cacheEndpointSuffix(ctx)}`, Port: 6379 },
          NodeGroupMembers: members.map((member, position) => ({
            CacheClusterId: member.CacheClusterId,
            CacheNodeId: '0001',
            ReadEndpoint: member.CacheNodes[0]?.Endpoint ?? { Port: 6379 },
            PreferredAvailabilityZone: member.PreferredAvailabilityZone,
            CurrentRole: position === 0 ? 'primary' : 'replica',
          })),
        },
      ],
      ...(first ? { SnapshottingClusterId: first.CacheClusterId } : {}),
      AutomaticFailover: failover,
      MultiAZ: failover,
      SnapshotRetentionLimit: 1,
      SnapshotWindow: '04:00-05:00',
      ClusterEnabled: false,
      CacheNodeType: first?.CacheNodeType ?? NODE_TYPES[0],
      AuthTokenEnabled: false,
      TransitEncryptionEnabled: encrypted,
      AtRestEncryptionEnabled: encrypted,
      MemberClustersOutpostArns: [],
      ...(encrypted && hash % 2 === 0 ? { KmsKeyId: kmsKeyArn(ctx, hash >>> 8) } : {}),
      UserGroupIds: [],
      LogDeliveryConfigurations: [],
      ReplicationGroupCreateTime: ctx.date('2023-03-01T00:00:00Z', 600, ctx.hash(SALT_REPLICATION_GROUP, index, 2)),
      DataTiering: 'disabled',
      AutoMinorVersionUpgrade: true,
      NetworkType: 'ipv4',
      IpDiscovery: 'ipv4',
      ClusterMode: 'disabled',
      Engine: 'redis',
      Tags: [environmentTag(ctx, SALT_REPLICATION_GROUP, index)],
    };
  },
};
