import { arnFor } from '@cloud-inventory/collector-kit';

export const instanceUid = arnFor('ec2', 'instance/');
export const volumeUid = arnFor('ec2', 'volume/');
// Snapshot and image ARNs carry no account: they can be shared across accounts.
export const snapshotUid = arnFor('ec2', 'snapshot/', { account: false });
export const imageUid = arnFor('ec2', 'image/', { account: false });
export const securityGroupUid = arnFor('ec2', 'security-group/');
export const elasticIpUid = arnFor('ec2', 'elastic-ip/');
export const vpcUid = arnFor('ec2', 'vpc/');
export const subnetUid = arnFor('ec2', 'subnet/');
