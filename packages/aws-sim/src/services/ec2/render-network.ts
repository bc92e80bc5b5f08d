import { itemList, tag, wrap } from '../../protocols/xml.js';
import type {
  SimAddress,
  SimSecurityGroup,
  SimSecurityGroupRule,
  SimSubnet,
  SimTag,
  SimVpc,
} from '../../world/records.js';

export function renderTags(tags: readonly SimTag[]): string {
  return itemList('tagSet', tags, (t) => tag('key', t.Key) + tag('value', t.Value));
}

export function renderVpc(vpc: SimVpc): string {
  return (
    tag('vpcId', vpc.VpcId) +
    tag('ownerId', vpc.OwnerId) +
    tag('state', vpc.State) +
    tag('cidrBlock', vpc.CidrBlock) +
    itemList(
      'cidrBlockAssociationSet',
      [vpc.CidrBlock],
      (cidr) =>
        tag('cidrBlock', cidr) +
        tag('associationId', `vpc-cidr-assoc-${vpc.VpcId.slice(4)}`) +
        wrap('cidrBlockState', tag('state', 'associated')),
    ) +
    tag('dhcpOptionsId', vpc.DhcpOptionsId) +
    renderTags(vpc.Tags) +
    tag('instanceTenancy', 'default') +
    tag('isDefault', vpc.IsDefault)
  );
}

export function renderSubnet(subnet: SimSubnet, region: string): string {
  return (
    tag('subnetId', subnet.SubnetId) +
    tag('subnetArn', `arn:aws:ec2:${region}:${subnet.OwnerId}:subnet/${subnet.SubnetId}`) +
    tag('state', subnet.State) +
    tag('ownerId', subnet.OwnerId) +
    tag('vpcId', subnet.VpcId) +
    tag('cidrBlock', subnet.CidrBlock) +
    tag('availableIpAddressCount', subnet.AvailableIpAddressCount) +
    tag('availabilityZone', subnet.AvailabilityZone) +
    tag('defaultForAz', subnet.DefaultForAz) +
    tag('mapPublicIpOnLaunch', subnet.MapPublicIpOnLaunch) +
    renderTags(subnet.Tags)
  );
}

function renderRule(rule: SimSecurityGroupRule): string {
  return (
    tag('ipProtocol', rule.IpProtocol) +
    tag('fromPort', rule.FromPort) +
    tag('toPort', rule.ToPort) +
    '<groups/>' +
    itemList('ipRanges', rule.IpRanges, (range) => tag('cidrIp', range.CidrIp)) +
    '<ipv6Ranges/><prefixListIds/>'
  );
}

export function renderSecurityGroup(group: SimSecurityGroup): string {
  return (
    tag('ownerId', group.OwnerId) +
    tag('groupId', group.GroupId) +
    tag('groupName', group.GroupName) +
    tag('groupDescription', group.Description) +
    tag('vpcId', group.VpcId) +
    itemList('ipPermissions', group.IpPermissions, renderRule) +
    itemList('ipPermissionsEgress', group.IpPermissionsEgress, renderRule) +
    renderTags(group.Tags)
  );
}

export function renderAddress(address: SimAddress, region: string): string {
  return (
    tag('publicIp', address.PublicIp) +
    tag('allocationId', address.AllocationId) +
    tag('domain', address.Domain) +
    tag('instanceId', address.InstanceId) +
    tag('associationId', address.AssociationId) +
    tag('networkInterfaceId', address.NetworkInterfaceId) +
    tag('privateIpAddress', address.PrivateIpAddress) +
    renderTags(address.Tags) +
    tag('publicIpv4Pool', 'amazon') +
    tag('networkBorderGroup', region)
  );
}
