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
export type { SimNetworkInterface } from '../kinds/ec2/network-interface.js';
export type { SimNatGateway } from '../kinds/ec2/nat-gateway.js';
export type { SimInternetGateway } from '../kinds/ec2/internet-gateway.js';
export type { SimRouteTable } from '../kinds/ec2/route-table.js';
export type { SimNetworkAcl } from '../kinds/ec2/network-acl.js';
export type { SimBucket } from '../kinds/s3/bucket.js';
export type { SimTrail } from '../kinds/cloudtrail/trail.js';
export type { SimLambdaFunction } from '../kinds/lambda/function.js';
export type { SimEfsFileSystem } from '../kinds/efs/file-system.js';
export type { SimEfsMountTarget } from '../kinds/efs/mount-target.js';
export type { SimEfsAccessPoint } from '../kinds/efs/access-point.js';
export type { SimEksCluster } from '../kinds/eks/cluster.js';
export type { SimEksNodegroup } from '../kinds/eks/nodegroup.js';
export type { SimIamUser } from '../kinds/iam/user.js';
export type { SimIamGroup } from '../kinds/iam/group.js';
export type { SimIamRole } from '../kinds/iam/role.js';
export type { SimIamPolicy } from '../kinds/iam/policy.js';
export type { SimIamInstanceProfile } from '../kinds/iam/instance-profile.js';
export type { SimIamAccessKey } from '../kinds/iam/access-key.js';
export type { SimElbv2LoadBalancer } from '../kinds/elbv2/load-balancer.js';
export type { SimTargetGroup } from '../kinds/elbv2/target-group.js';
export type { SimListener } from '../kinds/elbv2/listener.js';
export type { SimClassicLoadBalancer } from '../kinds/elb/classic-load-balancer.js';
export type { SimAutoScalingGroup } from '../kinds/autoscaling/auto-scaling-group.js';
export type { SimLaunchConfiguration } from '../kinds/autoscaling/launch-configuration.js';
export type { SimKmsKey } from '../kinds/kms/key.js';
export type { SimKmsAlias } from '../kinds/kms/alias.js';
export type { SimLogGroup } from '../kinds/logs/log-group.js';
export type { SimSqsQueue } from '../kinds/sqs/queue.js';
export type { SimDynamoDbTable } from '../kinds/dynamodb/table.js';
export type { SimSecret } from '../kinds/secretsmanager/secret.js';
export type { SimCertificate } from '../kinds/acm/certificate.js';
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
export type { SimCloudFrontDistribution } from '../kinds/cloudfront/distribution.js';

export interface SimTag {
  Key: string;
  Value: string;
}
