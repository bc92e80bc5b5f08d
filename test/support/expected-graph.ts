import type { AwsSimulator } from '@cloud-inventory/aws-sim';

/** What the simulator holds for one account, in the inventory's terms: resources per kind and edges per type. */
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
    const instances = sim.state.list('instance', scope);
    const volumes = sim.state.list('volume', scope);
    const addresses = sim.state.list('address', scope);
    add(kinds, 'aws_ec2_instance', instances.length);
    add(kinds, 'aws_ec2_volume', volumes.length);
    add(kinds, 'aws_ec2_snapshot', sim.state.count('snapshot', scope));
    add(kinds, 'aws_ec2_image', sim.state.count('image', scope));
    add(kinds, 'aws_vpc', sim.state.count('vpc', scope));
    add(kinds, 'aws_subnet', sim.state.count('subnet', scope));
    add(kinds, 'aws_ec2_security_group', sim.state.count('securityGroup', scope));
    add(kinds, 'aws_ec2_elastic_ip', addresses.length);
    add(kinds, 'aws_s3_bucket', sim.state.count('bucket', scope));
    add(kinds, 'aws_cloudtrail_trail', sim.state.count('trail', scope));
    add(edges, 'in_subnet', instances.filter((i) => i.SubnetId).length);
    add(
      edges,
      'in_vpc',
      instances.filter((i) => i.VpcId).length +
        sim.state.count('subnet', scope) +
        sim.state.count('securityGroup', scope),
    );
    add(
      edges,
      'member_of',
      instances.reduce((sum, i) => sum + i.SecurityGroups.length, 0),
    );
    add(edges, 'launched_from', instances.length);
    add(
      edges,
      'attached_to',
      volumes.reduce((sum, v) => sum + v.Attachments.length, 0),
    );
    add(edges, 'snapshot_of', sim.state.count('snapshot', scope));
    add(edges, 'associated_with', addresses.filter((a) => a.InstanceId).length);
    add(edges, 'logs_to', sim.state.count('trail', scope));
  }
  return { kinds, edges };
}
