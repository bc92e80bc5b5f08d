import { itemList, tag, wrap } from '../../protocols/xml.js';
import type { SimImage, SimInstance, SimSnapshot, SimVolume } from '../../world/records.js';
import { renderTags } from './render-network.js';

function privateDnsName(ip: string, region: string): string {
  const suffix = region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`;
  return `ip-${ip.replaceAll('.', '-')}.${suffix}`;
}

export function renderInstance(instance: SimInstance, region: string): string {
  return (
    tag('instanceId', instance.InstanceId) +
    tag('imageId', instance.ImageId) +
    wrap('instanceState', tag('code', instance.State.Code) + tag('name', instance.State.Name)) +
    tag('privateDnsName', privateDnsName(instance.PrivateIpAddress, region)) +
    (instance.PublicIpAddress === undefined
      ? '<dnsName/>'
      : tag('dnsName', `ec2-${instance.PublicIpAddress.replaceAll('.', '-')}.compute-1.amazonaws.com`)) +
    tag('reason', instance.State.Name === 'stopped' ? 'User initiated' : '') +
    tag('keyName', instance.KeyName) +
    tag('amiLaunchIndex', 0) +
    '<productCodes/>' +
    tag('instanceType', instance.InstanceType) +
    tag('launchTime', instance.LaunchTime) +
    wrap(
      'placement',
      tag('availabilityZone', instance.Placement.AvailabilityZone) + '<groupName/>' + tag('tenancy', 'default'),
    ) +
    tag('platform', instance.Platform) +
    wrap('monitoring', tag('state', 'disabled')) +
    tag('subnetId', instance.SubnetId) +
    tag('vpcId', instance.VpcId) +
    tag('privateIpAddress', instance.PrivateIpAddress) +
    tag('ipAddress', instance.PublicIpAddress) +
    tag('sourceDestCheck', true) +
    itemList('groupSet', instance.SecurityGroups, (g) => tag('groupId', g.GroupId) + tag('groupName', g.GroupName)) +
    tag('architecture', instance.Architecture) +
    tag('rootDeviceType', 'ebs') +
    tag('rootDeviceName', '/dev/xvda') +
    itemList(
      'blockDeviceMapping',
      instance.BlockDeviceMappings,
      (m) =>
        tag('deviceName', m.DeviceName) +
        wrap(
          'ebs',
          tag('volumeId', m.Ebs.VolumeId) +
            tag('status', m.Ebs.Status) +
            tag('attachTime', m.Ebs.AttachTime) +
            tag('deleteOnTermination', m.Ebs.DeleteOnTermination),
        ),
    ) +
    tag('virtualizationType', 'hvm') +
    renderTags(instance.Tags) +
    tag('hypervisor', 'xen') +
    tag('ebsOptimized', false) +
    tag('enaSupport', true) +
    wrap('metadataOptions', tag('state', 'applied') + tag('httpTokens', 'required') + tag('httpEndpoint', 'enabled')) +
    tag('platformDetails', instance.Platform === 'Windows' ? 'Windows' : 'Linux/UNIX') +
    tag('usageOperation', 'RunInstances') +
    tag('bootMode', 'uefi-preferred')
  );
}

export function renderReservation(instance: SimInstance, ownerId: string, region: string): string {
  return (
    tag('reservationId', instance.ReservationId) +
    tag('ownerId', ownerId) +
    '<groupSet/>' +
    `<instancesSet><item>${renderInstance(instance, region)}</item></instancesSet>`
  );
}

export function renderVolume(volume: SimVolume): string {
  return (
    tag('volumeId', volume.VolumeId) +
    tag('size', volume.Size) +
    (volume.SnapshotId === undefined ? '<snapshotId/>' : tag('snapshotId', volume.SnapshotId)) +
    tag('availabilityZone', volume.AvailabilityZone) +
    tag('status', volume.State) +
    tag('createTime', volume.CreateTime) +
    itemList(
      'attachmentSet',
      volume.Attachments,
      (a) =>
        tag('volumeId', volume.VolumeId) +
        tag('instanceId', a.InstanceId) +
        tag('device', a.Device) +
        tag('status', a.State) +
        tag('attachTime', a.AttachTime) +
        tag('deleteOnTermination', a.DeleteOnTermination),
    ) +
    tag('volumeType', volume.VolumeType) +
    tag('iops', volume.Iops) +
    tag('encrypted', volume.Encrypted) +
    renderTags(volume.Tags) +
    tag('multiAttachEnabled', false)
  );
}

export function renderSnapshot(snapshot: SimSnapshot): string {
  return (
    tag('snapshotId', snapshot.SnapshotId) +
    tag('volumeId', snapshot.VolumeId) +
    tag('status', snapshot.State) +
    tag('startTime', snapshot.StartTime) +
    tag('progress', snapshot.Progress) +
    tag('ownerId', snapshot.OwnerId) +
    tag('volumeSize', snapshot.VolumeSize) +
    tag('description', snapshot.Description) +
    tag('encrypted', snapshot.Encrypted) +
    renderTags(snapshot.Tags) +
    tag('storageTier', 'standard')
  );
}

export function renderImage(image: SimImage): string {
  return (
    tag('imageId', image.ImageId) +
    tag('imageLocation', `${image.OwnerId}/${image.Name}`) +
    tag('imageState', image.State) +
    tag('imageOwnerId', image.OwnerId) +
    tag('creationDate', image.CreationDate) +
    tag('isPublic', image.Public) +
    tag('architecture', image.Architecture) +
    tag('imageType', 'machine') +
    tag('name', image.Name) +
    tag('description', image.Description) +
    tag('rootDeviceType', 'ebs') +
    tag('rootDeviceName', image.RootDeviceName) +
    itemList(
      'blockDeviceMapping',
      image.BlockDeviceMappings.map((m) => m.Ebs.SnapshotId),
      (snapshotId) =>
        tag('deviceName', image.RootDeviceName) +
        wrap(
          'ebs',
          tag('snapshotId', snapshotId) +
            tag('volumeSize', 8) +
            tag('deleteOnTermination', true) +
            tag('volumeType', 'gp3') +
            tag('encrypted', false),
        ),
    ) +
    tag('virtualizationType', 'hvm') +
    tag('hypervisor', 'xen') +
    renderTags(image.Tags) +
    tag('enaSupport', true) +
    tag('platformDetails', 'Linux/UNIX') +
    tag('usageOperation', 'RunInstances')
  );
}
