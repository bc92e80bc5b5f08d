import type { AwsSimulator } from '@cloud-inventory/aws-sim';

type LinkedKind = 'instance' | 'volume' | 'image' | 'subnet' | 'vpc' | 'securityGroup';

/**
 * What the simulator holds for one account, in the inventory's terms: resources per kind and connected edges per
 * type. An edge whose target is gone (a snapshot of a deleted volume) stays pending in the store and is not counted.
 */
export function expectedGraph(
  sim: AwsSimulator,
  account: string,
): { kinds: Record<string, number>; edges: Record<string, number> } {
  const kinds: Record<string, number> = {};
  const edges: Record<string, number> = {};
  const add = (into: Record<string, number>, key: string, count: number) => {
    if (count > 0) into[key] = (into[key] ?? 0) + count;
  };
  for (const region of sim.regions) {
    const scope = { account, region };
    const has = (kind: LinkedKind, id: string | undefined) =>
      id !== undefined && sim.state.get(kind, scope, id) !== undefined;
    const instances = sim.state.list('instance', scope);
    const volumes = sim.state.list('volume', scope);
    const addresses = sim.state.list('address', scope);
    const subnets = sim.state.list('subnet', scope);
    const groups = sim.state.list('securityGroup', scope);
    const snapshots = sim.state.list('snapshot', scope);
    add(kinds, 'aws_ec2_instance', instances.length);
    add(kinds, 'aws_ec2_volume', volumes.length);
    add(kinds, 'aws_ec2_snapshot', snapshots.length);
    add(kinds, 'aws_ec2_image', sim.state.count('image', scope));
    add(kinds, 'aws_vpc', sim.state.count('vpc', scope));
    add(kinds, 'aws_subnet', subnets.length);
    add(kinds, 'aws_ec2_security_group', groups.length);
    add(kinds, 'aws_ec2_elastic_ip', addresses.length);
    add(kinds, 'aws_s3_bucket', sim.state.count('bucket', scope));
    add(kinds, 'aws_cloudtrail_trail', sim.state.count('trail', scope));
    add(edges, 'in_subnet', instances.filter((i) => has('subnet', i.SubnetId)).length);
    add(edges, 'in_vpc', [...instances, ...subnets, ...groups].filter((r) => has('vpc', r.VpcId)).length);
    add(
      edges,
      'member_of',
      instances.flatMap((i) => i.SecurityGroups).filter((g) => has('securityGroup', g.GroupId)).length,
    );
    add(edges, 'launched_from', instances.filter((i) => has('image', i.ImageId)).length);
    add(
      edges,
      'attached_to',
      volumes.flatMap((v) => v.Attachments).filter((a) => has('instance', a.InstanceId)).length,
    );
    add(edges, 'snapshot_of', snapshots.filter((s) => has('volume', s.VolumeId)).length);
    add(edges, 'associated_with', addresses.filter((a) => has('instance', a.InstanceId)).length);
    add(edges, 'logs_to', sim.state.count('trail', scope));
  }
  return { kinds, edges };
}
