import type { DescribeInstanceTypesRequest, DescribeInstanceTypesResult, InstanceTypeInfo } from '@aws-sdk/client-ec2';
import type { CallContext } from '../../http/http-types.js';
import { pageOf } from '../../protocols/paging.js';
import { buildFilterPredicate } from './filters.js';

type Catalogue = [
  type: string,
  vcpus: number,
  mib: number,
  arch: 'x86_64' | 'arm64',
  network: string,
  burstable?: boolean,
];

/** The instance types the generators use (and the README's m7i.large), with AWS's published figures. */
const CATALOGUE: Catalogue[] = [
  ['c5.xlarge', 4, 8192, 'x86_64', 'Up to 10 Gigabit'],
  ['m5.large', 2, 8192, 'x86_64', 'Up to 10 Gigabit'],
  ['m6g.large', 2, 8192, 'arm64', 'Up to 10 Gigabit'],
  ['m7i.large', 2, 8192, 'x86_64', 'Up to 12.5 Gigabit'],
  ['r5.large', 2, 16384, 'x86_64', 'Up to 10 Gigabit'],
  ['t3.medium', 2, 4096, 'x86_64', 'Up to 5 Gigabit', true],
  ['t3.micro', 2, 1024, 'x86_64', 'Up to 5 Gigabit', true],
  ['t3.small', 2, 2048, 'x86_64', 'Up to 5 Gigabit', true],
];

function info([type, vcpus, mib, arch, network, burstable = false]: Catalogue): InstanceTypeInfo {
  const cores = vcpus === 1 ? 1 : arch === 'arm64' ? vcpus : vcpus / 2;
  return {
    InstanceType: type as InstanceTypeInfo['InstanceType'],
    CurrentGeneration: true,
    FreeTierEligible: type === 't3.micro',
    SupportedUsageClasses: ['on-demand', 'spot'],
    SupportedRootDeviceTypes: ['ebs'],
    SupportedVirtualizationTypes: ['hvm'],
    BareMetal: false,
    Hypervisor: 'nitro',
    ProcessorInfo: { SupportedArchitectures: [arch], SustainedClockSpeedInGhz: arch === 'arm64' ? 2.5 : 3.1 },
    VCpuInfo: {
      DefaultVCpus: vcpus,
      DefaultCores: cores,
      DefaultThreadsPerCore: vcpus / cores,
      ValidCores: [cores],
      ValidThreadsPerCore: arch === 'arm64' ? [1] : [1, 2],
    },
    MemoryInfo: { SizeInMiB: mib },
    InstanceStorageSupported: false,
    EbsInfo: {
      EbsOptimizedSupport: 'default',
      EncryptionSupport: 'supported',
      NvmeSupport: 'required',
    },
    NetworkInfo: {
      NetworkPerformance: network,
      MaximumNetworkInterfaces: vcpus >= 4 ? 4 : 3,
      MaximumNetworkCards: 1,
      DefaultNetworkCardIndex: 0,
      Ipv4AddressesPerInterface: vcpus >= 4 ? 15 : burstable ? 6 : 10,
      Ipv6AddressesPerInterface: vcpus >= 4 ? 15 : burstable ? 6 : 10,
      Ipv6Supported: true,
      EnaSupport: 'required',
      EfaSupported: false,
      EncryptionInTransitSupported: false,
    },
    PlacementGroupInfo: { SupportedStrategies: ['partition', 'spread', ...(burstable ? [] : ['cluster' as const])] },
    HibernationSupported: arch === 'x86_64',
    BurstablePerformanceSupported: burstable,
    DedicatedHostsSupported: !burstable,
    AutoRecoverySupported: true,
    SupportedBootModes: arch === 'arm64' ? ['uefi'] : ['legacy-bios', 'uefi'],
  };
}

const INSTANCE_TYPES = CATALOGUE.map(info);

/** DescribeInstanceTypes: the catalogue, by name, filtered, in pages of up to 100 (MaxResults 5..100), as AWS. */
export function describeInstanceTypes(
  input: DescribeInstanceTypesRequest,
  call: CallContext,
): DescribeInstanceTypesResult {
  const names = input.InstanceTypes ?? [];
  const predicate = buildFilterPredicate<InstanceTypeInfo>(
    {
      'instance-type': (t) => [t.InstanceType],
      'current-generation': (t) => [t.CurrentGeneration],
      'free-tier-eligible': (t) => [t.FreeTierEligible],
      'processor-info.supported-architecture': (t) => t.ProcessorInfo?.SupportedArchitectures ?? [],
      'vcpu-info.default-vcpus': (t) => [t.VCpuInfo?.DefaultVCpus],
      'memory-info.size-in-mib': (t) => [t.MemoryInfo?.SizeInMiB],
      'burstable-performance-supported': (t) => [t.BurstablePerformanceSupported],
    },
    input.Filters,
  );
  const selected = INSTANCE_TYPES.filter(
    (type) => (names.length === 0 || names.includes(type.InstanceType as never)) && (!predicate || predicate(type)),
  );
  return pageOf(
    selected,
    { ...input },
    { items: 'InstanceTypes', defaultPageSize: 100, limits: { min: 5, max: 100, aboveMax: 'reject' } },
    call,
  );
}
