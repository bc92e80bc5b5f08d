/**
 * Resource records as the simulator holds them. Each kind's record type lives in its spec (kinds/); field names follow
 * the AWS SDK v3 output shapes so that tests can compare what they put in with what the SDK gives back.
 */
export type { SimRecordByKind } from '../kinds/index.js';
export type { SimInstance } from '../kinds/ec2/instance.js';
export type { SimVolume } from '../kinds/ec2/volume.js';
export type { SimSnapshot } from '../kinds/ec2/snapshot.js';
export type { SimImage } from '../kinds/ec2/image.js';
export type { SimVpc } from '../kinds/ec2/vpc.js';
export type { SimSubnet } from '../kinds/ec2/subnet.js';
export type { SimSecurityGroup, SimSecurityGroupRule } from '../kinds/ec2/security-group.js';
export type { SimAddress } from '../kinds/ec2/address.js';
export type { SimEc2KeyPair } from '../kinds/ec2/key-pair.js';
export type { SimBucket } from '../kinds/s3/bucket.js';
export type { SimTrail } from '../kinds/cloudtrail/trail.js';
export type { SimDbSubnetGroup } from '../kinds/rds/db-subnet-group.js';
export type { SimDbCluster } from '../kinds/rds/db-cluster.js';
export type { SimDbInstance } from '../kinds/rds/db-instance.js';
export type { SimDbSnapshot } from '../kinds/rds/db-snapshot.js';
export type { SimSnsTopic } from '../kinds/sns/topic.js';
export type { SimSnsSubscription } from '../kinds/sns/subscription.js';
export type { SimMetricAlarm } from '../kinds/cloudwatch/metric-alarm.js';
export type { SimCompositeAlarm } from '../kinds/cloudwatch/composite-alarm.js';
export type { SimCacheCluster } from '../kinds/elasticache/cache-cluster.js';
export type { SimReplicationGroup } from '../kinds/elasticache/replication-group.js';
export type { SimStack } from '../kinds/cloudformation/stack.js';

export interface SimTag {
  Key: string;
  Value: string;
}
