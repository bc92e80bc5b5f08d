import type { Nodegroup } from '@aws-sdk/client-eks';
import { pick } from '../../world/hash.js';
import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { autoScalingGroupName } from '../autoscaling/autoscaling-names.js';
import { launchTemplateName, launchTemplateVersionNumbers } from '../ec2/launch-template-layout.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { uuidOf } from '../uuids.js';
import { KUBERNETES_VERSIONS } from './cluster.js';
import { clusterPlacement, eksRoleArn, nodegroupClusterIndex } from './eks-layout.js';

type NodegroupFields =
  | 'nodegroupName'
  | 'nodegroupArn'
  | 'clusterName'
  | 'version'
  | 'releaseVersion'
  | 'createdAt'
  | 'modifiedAt'
  | 'status'
  | 'capacityType'
  | 'scalingConfig'
  | 'subnets'
  | 'amiType'
  | 'nodeRole'
  | 'labels'
  | 'resources'
  | 'health'
  | 'updateConfig';

/** DescribeNodegroup's Nodegroup; its `tags` map is answered from the state API's tag list. */
export type SimEksNodegroup = Omit<Filled<Nodegroup, NodegroupFields>, 'tags'> & { Tags: SimTag[] };

const SALT_NODEGROUP = 62;

/**
 * The Auto Scaling group EKS made for node group i: one of the autoscaling kind, counted from the last (AWS names it
 * `eks-<node group>-<uuid>`; here it keeps that kind's name); in an account without groups, the name EKS gives.
 */
function nodegroupAutoScalingGroupName(ctx: ScopeContext, index: number, nodegroupName: string, uuid: string): string {
  const groups = ctx.counts.autoScalingGroup;
  return groups > 0 ? autoScalingGroupName(ctx, groups - 1 - (index % groups)) : `eks-${nodegroupName}-${uuid}`;
}

/**
 * Node group i runs in the subnets of cluster (i mod clusters), its nodes with one of the account's EC2 roles; one in
 * three from a launch template of the launchTemplate kind.
 */
export const eksNodegroupKind: KindSpec<'eksNodegroup', SimEksNodegroup> = {
  kind: 'eksNodegroup',
  idField: 'nodegroupName',
  ids: { prefix: 'ng-' },
  counts: { tiny: 1, small: 2, medium: 8, large: 24 },
  needs: ['eksCluster', 'subnet'],
  ownFields: ['Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_NODEGROUP, index, 1);
    const clusterIndex = nodegroupClusterIndex(ctx, index);
    const clusterName = ctx.id('eksCluster', clusterIndex);
    const name = ctx.id('eksNodegroup', index);
    const uuid = uuidOf(ctx, SALT_NODEGROUP, index);
    const created = ctx.date('2024-01-01T00:00:00Z', 300, hash);
    const desired = 1 + (hash % 6);
    const version = pick(KUBERNETES_VERSIONS, hash >>> 3);
    const arm = hash % 5 === 0;
    const record: SimEksNodegroup = {
      nodegroupName: name,
      nodegroupArn: ctx.arn('eks', `nodegroup/${clusterName}/${name}/${uuid}`),
      clusterName,
      version,
      releaseVersion: `${version}.0-20250${1 + (hash % 9)}15`,
      createdAt: created,
      modifiedAt: new Date(created.getTime() + (hash % 90) * 86_400_000),
      status: 'ACTIVE',
      capacityType: hash % 4 === 0 ? 'SPOT' : 'ON_DEMAND',
      scalingConfig: { minSize: 1, maxSize: desired + 4, desiredSize: desired },
      subnets: (clusterPlacement(ctx, clusterIndex)?.subnets ?? []).map((subnet) => ctx.id('subnet', subnet)),
      amiType: arm ? 'AL2023_ARM_64_STANDARD' : 'AL2023_x86_64_STANDARD',
      nodeRole: eksRoleArn(ctx, 'ec2', index, 'eks-node-role'),
      labels: { workload: pick(['general', 'batch', 'system'], hash >>> 5) },
      resources: { autoScalingGroups: [{ name: nodegroupAutoScalingGroupName(ctx, index, name, uuid) }] },
      health: { issues: [] },
      updateConfig: { maxUnavailable: 1 },
      Tags: [{ Key: 'Team', Value: 'platform' }],
    };
    const templates = ctx.counts.launchTemplate;
    if (index % 3 === 2 && templates > 0) {
      const template = (hash >>> 7) % templates;
      record.launchTemplate = {
        name: launchTemplateName(template),
        version: String(launchTemplateVersionNumbers(ctx, template).default),
        id: ctx.id('launchTemplate', template),
      };
    } else {
      record.instanceTypes = [arm ? 'm7g.large' : pick(['m6i.large', 'm7i.xlarge', 'c6i.large'], hash >>> 9)];
      record.diskSize = 20;
    }
    return record;
  },
};
