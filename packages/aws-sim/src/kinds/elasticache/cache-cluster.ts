import type { CacheCluster } from '@aws-sdk/client-elasticache';
import { pick } from '../../world/hash.js';
import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import {
  SALT_CACHE_CLUSTER,
  cacheClusterNames,
  cacheEndpointSuffix,
  cacheSecurityGroupId,
  cacheSubnetGroupName,
  cacheVpcIndex,
  cacheZone,
  clusterReplicationGroupIndex,
  isMemcached,
} from './cache-layout.js';

type CacheClusterFields =
  | 'CacheClusterId'
  | 'ARN'
  | 'CacheNodeType'
  | 'Engine'
  | 'EngineVersion'
  | 'CacheClusterStatus'
  | 'NumCacheNodes'
  | 'PreferredAvailabilityZone'
  | 'CacheClusterCreateTime'
  | 'CacheSubnetGroupName'
  | 'CacheNodes'
  | 'SecurityGroups'
  | 'TransitEncryptionEnabled'
  | 'AtRestEncryptionEnabled';

/** DescribeCacheClusters' CacheCluster (with ShowCacheNodeInfo); its tags are ListTagsForResource's. */
export type SimCacheCluster = Filled<CacheCluster, CacheClusterFields> & { Tags: SimTag[] };

export const NODE_TYPES = ['cache.t4g.micro', 'cache.r7g.large', 'cache.m7g.large'] as const;

export const cacheClusterKind: KindSpec<'cacheCluster', SimCacheCluster> = {
  kind: 'cacheCluster',
  idField: 'CacheClusterId',
  ids: cacheClusterNames,
  counts: { tiny: 2, small: 4, medium: 24, large: 120 },
  ownFields: ['Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_CACHE_CLUSTER, index, 1);
    const name = ctx.id('cacheCluster', index);
    const group = clusterReplicationGroupIndex(ctx, index);
    const memcached = isMemcached(ctx, index);
    const nodes = memcached ? 1 + (hash % 3) : 1;
    const created = ctx.date('2023-03-01T00:00:00Z', 600, ctx.hash(SALT_CACHE_CLUSTER, index, 2));
    const zone = cacheZone(ctx, index);
    const port = memcached ? 11211 : 6379;
    const securityGroup = cacheSecurityGroupId(ctx, index, hash >>> 4);
    const encrypted = !memcached && hash % 3 !== 0;
    return {
      CacheClusterId: name,
      ARN: ctx.arn('elasticache', `cluster:${name}`),
      ...(memcached ? { ConfigurationEndpoint: { Address: `${name}.${cacheEndpointSuffix(ctx)}`, Port: port } } : {}),
      ClientDownloadLandingPage: 'https://console.aws.amazon.com/elasticache/home#client-download:',
      CacheNodeType: pick(NODE_TYPES, hash >>> 8),
      Engine: memcached ? 'memcached' : 'redis',
      EngineVersion: memcached ? '1.6.22' : '7.1.0',
      CacheClusterStatus: 'available',
      NumCacheNodes: nodes,
      PreferredAvailabilityZone: memcached && nodes > 1 ? 'Multiple' : zone,
      CacheClusterCreateTime: created,
      PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
      PendingModifiedValues: {},
      CacheSecurityGroups: [],
      CacheParameterGroup: {
        CacheParameterGroupName: memcached ? 'default.memcached1.6' : 'default.redis7',
        ParameterApplyStatus: 'in-sync',
        CacheNodeIdsToReboot: [],
      },
      CacheSubnetGroupName: cacheSubnetGroupName(cacheVpcIndex(ctx, index)),
      CacheNodes: Array.from({ length: nodes }, (_, node) => ({
        CacheNodeId: String(node + 1).padStart(4, '0'),
        CacheNodeStatus: 'available',
        CacheNodeCreateTime: created,
        Endpoint: { Address: `${name}.${String(node + 1).padStart(4, '0')}.${cacheEndpointSuffix(ctx)}`, Port: port },
        ParameterGroupStatus: 'in-sync',
        CustomerAvailabilityZone: zone,
      })),
      AutoMinorVersionUpgrade: true,
      SecurityGroups: securityGroup ? [{ SecurityGroupId: securityGroup, Status: 'active' }] : [],
      ...(group === undefined ? {} : { ReplicationGroupId: ctx.id('replicationGroup', group) }),
      SnapshotRetentionLimit: memcached ? 0 : 1,
      ...(memcached ? {} : { SnapshotWindow: '04:00-05:00' }),
      AuthTokenEnabled: false,
      TransitEncryptionEnabled: encrypted,
      AtRestEncryptionEnabled: encrypted,
      ReplicationGroupLogDeliveryEnabled: false,
      LogDeliveryConfigurations: [],
      NetworkType: 'ipv4',
      IpDiscovery: 'ipv4',
      Tags: [environmentTag(ctx, SALT_CACHE_CLUSTER, index)],
    };
  },
};
