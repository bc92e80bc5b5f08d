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
export type { SimKmsKey } from '../kinds/kms/key.js';
export type { SimKmsAlias } from '../kinds/kms/alias.js';
export type { SimLogGroup } from '../kinds/logs/log-group.js';
export type { SimSqsQueue } from '../kinds/sqs/queue.js';
export type { SimDynamoDbTable } from '../kinds/dynamodb/table.js';
export type { SimSecret } from '../kinds/secretsmanager/secret.js';
export type { SimCertificate } from '../kinds/acm/certificate.js';

export interface SimTag {
  Key: string;
  Value: string;
}
