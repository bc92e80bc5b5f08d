import type { Cluster } from '@aws-sdk/client-eks';
import { pick } from '../../world/hash.js';
import { arnOf } from '../../world/partition.js';
import { kmsKeyArn } from '../kms/key-layout.js';
import { securityGroupForVpc } from '../ec2/network-layout.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import type { SimTag } from '../../world/records.js';
import { environmentTag } from '../tags.js';
import { clusterArn, clusterPlacement, eksRoleArn } from './eks-layout.js';

type ClusterFields =
  | 'name'
  | 'arn'
  | 'createdAt'
  | 'version'
  | 'endpoint'
  | 'roleArn'
  | 'resourcesVpcConfig'
  | 'kubernetesNetworkConfig'
  | 'logging'
  | 'identity'
  | 'status'
  | 'certificateAuthority'
  | 'platformVersion'
  | 'health'
  | 'accessConfig'
  | 'upgradePolicy';

/** DescribeCluster's Cluster; its `tags` map is answered from the state API's tag list. */
export type SimEksCluster = Omit<Filled<Cluster, ClusterFields>, 'tags'> & { Tags: SimTag[] };

const SALT_CLUSTER = 61;
export const KUBERNETES_VERSIONS = ['1.31', '1.32', '1.33'] as const;

/** A cluster in subnets of one VPC, with that VPC's default group as its cluster security group. */
export const eksClusterKind: KindSpec<'eksCluster', SimEksCluster> = {
  kind: 'eksCluster',
  idField: 'name',
  ids: { prefix: 'eks-' },
  counts: { tiny: 1, small: 1, medium: 3, large: 8 },
  needs: ['subnet'],
  ownFields: ['Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_CLUSTER, index, 1);
    const name = ctx.id('eksCluster', index);
    const placement = clusterPlacement(ctx, index);
    const vpc = placement?.vpc ?? 0;
    const clusterGroup = securityGroupForVpc(ctx, vpc, 0);
    const endpointId = ctx.bytes(SALT_CLUSTER, index, 16).toString('hex').toUpperCase();
    const record: SimEksCluster = {
      name,
      arn: clusterArn(ctx, name),
      createdAt: ctx.date('2023-03-01T00:00:00Z', 600, hash),
      version: pick(KUBERNETES_VERSIONS, hash),
      endpoint: `https://${endpointId}.gr7.${ctx.region}.eks.amazonaws.com`,
      roleArn: eksRoleArn(ctx, 'eks', index, 'eks-cluster-role'),
      resourcesVpcConfig: {
        subnetIds: (placement?.subnets ?? []).map((subnet) => ctx.id('subnet', subnet)),
        securityGroupIds: (placement?.securityGroups ?? []).map((group) => ctx.id('securityGroup', group)),
        ...(clusterGroup === undefined ? {} : { clusterSecurityGroupId: ctx.id('securityGroup', clusterGroup) }),
        vpcId: ctx.id('vpc', vpc),
        endpointPublicAccess: hash % 3 !== 0,
        endpointPrivateAccess: hash % 3 !== 1,
        publicAccessCidrs: hash % 3 !== 0 ? ['0.0.0.0/0'] : [],
      },
      kubernetesNetworkConfig: {
        serviceIpv4Cidr: hash % 2 === 0 ? '10.100.0.0/16' : '172.20.0.0/16',
        ipFamily: 'ipv4',
        elasticLoadBalancing: { enabled: false },
      },
      logging: {
        clusterLogging: [
          { types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: hash % 4 === 0 },
        ],
      },
      identity: { oidc: { issuer: `https://oidc.eks.${ctx.region}.amazonaws.com/id/${endpointId}` } },
      status: 'ACTIVE',
      certificateAuthority: { data: ctx.bytes(SALT_CLUSTER + 1, index, 48).toString('base64') },
      platformVersion: `eks.${1 + (hash % 20)}`,
      health: { issues: [] },
      accessConfig: { authenticationMode: hash % 2 === 0 ? 'API_AND_CONFIG_MAP' : 'API' },
      upgradePolicy: { supportType: 'STANDARD' },
      deletionProtection: false,
      Tags: [{ Key: 'Team', Value: 'platform' }, environmentTag(ctx, SALT_CLUSTER, index)],
    };
    if (hash % 3 === 2) {
      record.encryptionConfig = [{ resources: ['secrets'], provider: { keyArn: kmsKeyArn(ctx, hash >>> 4) } }];
    }
    return record;
  },
  added(record, fields, scope) {
    if (fields.name !== undefined && fields.arn === undefined) {
      record.arn = arnOf('eks', scope.region, scope.account, `cluster/${record.name}`);
    }
  },
};
