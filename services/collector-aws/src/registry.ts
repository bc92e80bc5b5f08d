import { createRegistry, kind, type RegistryDefinition } from '@cloud-inventory/collector-kit';
import { AccountConnector } from './account/account.connector.js';
import { AccountManager } from './account/account.manager.js';
import { CertificatesConnector } from './acm/certificates.connector.js';
import { CertificatesManager } from './acm/certificates.manager.js';
import { listEnabledRegions } from './account/enabled-regions.js';
import { RegionsConnector } from './account/regions.connector.js';
import { RegionsManager } from './account/regions.manager.js';
import { TrailsConnector } from './cloudtrail/trails.connector.js';
import { TrailsManager } from './cloudtrail/trails.manager.js';
import { TablesConnector } from './dynamodb/tables.connector.js';
import { TablesManager } from './dynamodb/tables.manager.js';
import { ElasticIpsConnector } from './ec2/elastic-ips.connector.js';
import { ElasticIpsManager } from './ec2/elastic-ips.manager.js';
import { ImagesConnector } from './ec2/images.connector.js';
import { ImagesManager } from './ec2/images.manager.js';
import { InstancesConnector } from './ec2/instances.connector.js';
import { InstancesManager } from './ec2/instances.manager.js';
import { KeyPairsConnector } from './ec2/key-pairs.connector.js';
import { KeyPairsManager } from './ec2/key-pairs.manager.js';
import { SecurityGroupsConnector } from './ec2/security-groups.connector.js';
import { SecurityGroupsManager } from './ec2/security-groups.manager.js';
import { SnapshotsConnector } from './ec2/snapshots.connector.js';
import { SnapshotsManager } from './ec2/snapshots.manager.js';
import { SubnetsConnector } from './ec2/subnets.connector.js';
import { SubnetsManager } from './ec2/subnets.manager.js';
import { VolumesConnector } from './ec2/volumes.connector.js';
import { VolumesManager } from './ec2/volumes.manager.js';
import { VpcsConnector } from './ec2/vpcs.connector.js';
import { VpcsManager } from './ec2/vpcs.manager.js';
import { AliasesConnector } from './kms/aliases.connector.js';
import { AliasesManager } from './kms/aliases.manager.js';
import { KeysConnector } from './kms/keys.connector.js';
import { KeysManager } from './kms/keys.manager.js';
import { LogGroupsConnector } from './logs/log-groups.connector.js';
import { LogGroupsManager } from './logs/log-groups.manager.js';
import { SecretsConnector } from './secretsmanager/secrets.connector.js';
import { SecretsManager } from './secretsmanager/secrets.manager.js';
import { QueuesConnector } from './sqs/queues.connector.js';
import { QueuesManager } from './sqs/queues.manager.js';
import { BucketsConnector } from './s3/buckets.connector.js';
import { BucketsManager } from './s3/buckets.manager.js';

/**
 * Every kind the AWS collector collects, one line each, under the task service that collects it. A Manager missing
 * here fails registry.test.ts; an edge to a kind missing here fails the registry itself.
 */
export const awsRegistryDefinition: RegistryDefinition = {
  provider: 'aws',
  version: '0.1.0',
  listEnabledRegions,
  regionTask: [kind(AccountConnector, AccountManager), kind(RegionsConnector, RegionsManager)],
  services: {
    ec2: [
      kind(InstancesConnector, InstancesManager),
      kind(VolumesConnector, VolumesManager),
      kind(SnapshotsConnector, SnapshotsManager),
      kind(ImagesConnector, ImagesManager),
      kind(SecurityGroupsConnector, SecurityGroupsManager),
      kind(ElasticIpsConnector, ElasticIpsManager),
      kind(VpcsConnector, VpcsManager),
      kind(SubnetsConnector, SubnetsManager),
      kind(KeyPairsConnector, KeyPairsManager),
    ],
    s3: [kind(BucketsConnector, BucketsManager)],
    cloudtrail: [kind(TrailsConnector, TrailsManager)],
    kms: [kind(KeysConnector, KeysManager), kind(AliasesConnector, AliasesManager)],
    logs: [kind(LogGroupsConnector, LogGroupsManager)],
    sqs: [kind(QueuesConnector, QueuesManager)],
    dynamodb: [kind(TablesConnector, TablesManager)],
    secretsmanager: [kind(SecretsConnector, SecretsManager)],
    acm: [kind(CertificatesConnector, CertificatesManager)],
  },
};

export const registry = createRegistry(awsRegistryDefinition);
