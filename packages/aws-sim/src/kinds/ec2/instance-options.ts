import type { _InstanceType, CpuOptions, Instance } from '@aws-sdk/client-ec2';

/**
 * The option blocks DescribeInstances shows for every instance launched with defaults. They are the same for most
 * instances, so records share these frozen objects instead of building them per item.
 */
export const DEFAULT_INSTANCE_OPTIONS = Object.freeze({
  AmiLaunchIndex: 0,
  Monitoring: Object.freeze({ State: 'disabled' }),
  SourceDestCheck: true,
  RootDeviceName: '/dev/xvda',
  RootDeviceType: 'ebs',
  VirtualizationType: 'hvm',
  Hypervisor: 'xen',
  EbsOptimized: true,
  EnaSupport: true,
  CapacityReservationSpecification: Object.freeze({ CapacityReservationPreference: 'open' }),
  HibernationOptions: Object.freeze({ Configured: false }),
  MetadataOptions: Object.freeze({
    State: 'applied',
    HttpTokens: 'required',
    HttpPutResponseHopLimit: 2,
    HttpEndpoint: 'enabled',
    HttpProtocolIpv6: 'disabled',
    InstanceMetadataTags: 'disabled',
  }),
  EnclaveOptions: Object.freeze({ Enabled: false }),
  BootMode: 'uefi-preferred',
  PlatformDetails: 'Linux/UNIX',
  UsageOperation: 'RunInstances',
  PrivateDnsNameOptions: Object.freeze({
    HostnameType: 'ip-name',
    EnableResourceNameDnsARecord: false,
    EnableResourceNameDnsAAAARecord: false,
  }),
  MaintenanceOptions: Object.freeze({ AutoRecovery: 'default', RebootMigration: 'default' }),
  NetworkPerformanceOptions: Object.freeze({ BandwidthWeighting: 'default' }),
  Operator: Object.freeze({ Managed: false }),
} satisfies Partial<Instance>);

/** Instance types the generator launches, with their default cores and threads. */
export const INSTANCE_TYPES: readonly { type: _InstanceType; cpu: Readonly<CpuOptions> }[] = [
  ['t3.micro', 1, 2],
  ['t3.small', 1, 2],
  ['t3.medium', 1, 2],
  ['m5.large', 1, 2],
  ['m6g.large', 2, 1],
  ['c5.xlarge', 2, 2],
  ['r5.large', 1, 2],
].map(([type, cores, threads]) => ({
  type: type as _InstanceType,
  cpu: Object.freeze({ CoreCount: cores as number, ThreadsPerCore: threads as number }),
}));

export const STOPPED_REASON = Object.freeze({
  Code: 'Client.UserInitiatedShutdown',
  Message: 'Client.UserInitiatedShutdown: User initiated shutdown',
});
