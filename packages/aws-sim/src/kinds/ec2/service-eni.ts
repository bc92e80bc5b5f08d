import type { OwnedEni } from './eni-sources.js';

/** What differs between the ENIs services create in a subnet for themselves (Lambda, EFS mount targets...). */
export interface ServiceEniFields {
  SubnetId: string;
  GroupIds: readonly string[];
  Description: string;
  InterfaceType: string;
  PrivateIpAddress?: string;
  attachTime: Date;
}

/** An ENI a service creates and manages: requester-managed by `amazon-aws`, attached as its device 1. */
export function serviceManagedEni({ attachTime, ...fields }: ServiceEniFields): OwnedEni {
  return {
    ...fields,
    RequesterManaged: true,
    RequesterId: 'amazon-aws',
    Attachment: {
      AttachTime: attachTime,
      DeleteOnTermination: false,
      DeviceIndex: 1,
      NetworkCardIndex: 0,
      InstanceOwnerId: 'amazon-aws',
      Status: 'attached',
    },
    SourceDestCheck: false,
  };
}
