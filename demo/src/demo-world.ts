import type { SimKind, StartSimulatorOptions } from '@cloud-inventory/aws-sim';

/** The regions the demo account has enabled. */
export const demoRegions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'];

/**
 * Per region: a few hundred resources in all, every kind present, with consistent relationships. ENIs are those the
 * other kinds own plus the preset's detached ones (a count of them would be their total).
 */
const demoCountsPerRegion: Omit<Record<SimKind, number>, 'networkInterface'> = {
  vpc: 3,
  subnet: 9,
  securityGroup: 12,
  image: 8,
  instance: 60,
  volume: 78,
  snapshot: 30,
  address: 10,
  keyPair: 4,
  // 2 current NAT gateways and a deleted one (ENIs: those the instances, NAT gateways, endpoints, tasks, functions,
  // mount targets and load balancers own, and the preset's detached ones)
  natGateway: 3,
  // per vpc: an internet gateway, a main route table and two custom ones, a default network ACL and a custom one
  internetGateway: 3,
  routeTable: 9,
  networkAcl: 6,
  vpcEndpoint: 6,
  vpcPeeringConnection: 3,
  transitGateway: 1,
  transitGatewayAttachment: 3,
  launchTemplate: 8,
  flowLog: 3,
  elbv2LoadBalancer: 2,
  targetGroup: 4,
  listener: 3,
  classicLoadBalancer: 1,
  autoScalingGroup: 3,
  launchConfiguration: 4,
  bucket: 4,
  trail: 1,
  ecrRepository: 6,
  ecsCluster: 2,
  ecsContainerInstance: 6,
  ecsTaskDefinition: 12,
  ecsService: 8,
  ecsTask: 30,
  lambdaFunction: 12,
  efsFileSystem: 2,
  efsMountTarget: 6,
  efsAccessPoint: 3,
  eksCluster: 1,
  eksNodegroup: 2,
  // IAM kinds live once per account (in its first region)
  iamUser: 12,
  iamGroup: 4,
  iamRole: 21,
  iamPolicy: 16,
  iamInstanceProfile: 6,
  iamAccessKey: 14,
  kmsKey: 8,
  kmsAlias: 14,
  logGroup: 12,
  sqsQueue: 6,
  dynamoDbTable: 5,
  secret: 6,
  certificate: 4,
  dbSubnetGroup: 2,
  dbCluster: 1,
  dbInstance: 6,
  dbSnapshot: 6,
  dbClusterSnapshot: 3,
  snsTopic: 4,
  snsSubscription: 8,
  metricAlarm: 12,
  compositeAlarm: 1,
  replicationGroup: 1,
  cacheCluster: 4,
  stack: 6,
  // once per account, like IAM
  cloudFrontDistribution: 4,
  // Route 53 lives once per account: 3 zones (the second private) of 21 record sets each
  hostedZone: 3,
  recordSet: 63,
  apiGatewayRestApi: 3,
  // a v1 VPC link reaches a network load balancer only: the demo's two are application ones, so no API uses it
  apiGatewayVpcLink: 1,
  apiGatewayV2Api: 3,
  apiGatewayV2VpcLink: 1,
};

/** One seeded account (deterministic data: the same seed gives the same resources and ids). */
export function demoSimulatorOptions(seed: number): StartSimulatorOptions {
  return { seed, accounts: 1, regions: demoRegions, counts: demoCountsPerRegion };
}
