import { createRegistry, entry, type RegistryDefinition } from '@cloud-inventory/collector-kit';
import { AccountConnector } from './account/account.connector.js';
import { AccountManager } from './account/account.manager.js';
import { listEnabledRegions } from './account/enabled-regions.js';
import { RegionsConnector } from './account/regions.connector.js';
import { RegionsManager } from './account/regions.manager.js';
import { TrailsConnector } from './cloudtrail/trails.connector.js';
import { TrailsManager } from './cloudtrail/trails.manager.js';
import { ElasticIpsConnector } from './ec2/elastic-ips.connector.js';
import { ElasticIpsManager } from './ec2/elastic-ips.manager.js';
import { ImagesConnector } from './ec2/images.connector.js';
import { ImagesManager } from './ec2/images.manager.js';
import { InstancesConnector } from './ec2/instances.connector.js';
import { InstancesManager } from './ec2/instances.manager.js';
import { SecurityGroupsConnector } from './ec2/security-groups.connector.js';
import { SecurityGroupsManager } from './ec2/security-groups.manager.js';
import { SnapshotsConnector } from './ec2/snapshots.connector.js';
import { SnapshotsManager } from './ec2/snapshots.manager.js';
import { VolumesConnector } from './ec2/volumes.connector.js';
import { VolumesManager } from './ec2/volumes.manager.js';
import { BucketsConnector } from './s3/buckets.connector.js';
import { BucketsManager } from './s3/buckets.manager.js';
import { SubnetsConnector } from './vpc/subnets.connector.js';
import { SubnetsManager } from './vpc/subnets.manager.js';
import { VpcsConnector } from './vpc/vpcs.connector.js';
import { VpcsManager } from './vpc/vpcs.manager.js';

/** Every kind the AWS collector collects: one line each. A Manager missing here fails registry.test.ts. */
export const awsRegistryDefinition: RegistryDefinition = {
  provider: 'aws',
  version: '0.1.0',
  homeRegion: 'us-east-1',
  listEnabledRegions,
  regionTask: [
    entry('account', 'Account', AccountConnector, AccountManager),
    entry('account', 'Region', RegionsConnector, RegionsManager),
  ],
  services: [
    entry('ec2', 'Instance', InstancesConnector, InstancesManager),
    entry('ec2', 'Volume', VolumesConnector, VolumesManager),
    entry('ec2', 'Snapshot', SnapshotsConnector, SnapshotsManager),
    entry('ec2', 'Image', ImagesConnector, ImagesManager),
    entry('ec2', 'SecurityGroup', SecurityGroupsConnector, SecurityGroupsManager),
    entry('ec2', 'ElasticIp', ElasticIpsConnector, ElasticIpsManager),
    entry('ec2', 'VPC', VpcsConnector, VpcsManager),
    entry('ec2', 'Subnet', SubnetsConnector, SubnetsManager),
    entry('s3', 'Bucket', BucketsConnector, BucketsManager),
    entry('cloudtrail', 'Trail', TrailsConnector, TrailsManager),
  ],
};

export const registry = createRegistry(awsRegistryDefinition);
