import type { ServiceDeclaration } from './services/service-declaration.js';

/** The kinds of resources the simulator generates and serves. */
export type SimKind =
  'instance' | 'volume' | 'snapshot' | 'image' | 'vpc' | 'subnet' | 'securityGroup' | 'address' | 'bucket' | 'trail';

export const SIM_KINDS: readonly SimKind[] = [
  'vpc',
  'subnet',
  'securityGroup',
  'image',
  'instance',
  'volume',
  'snapshot',
  'address',
  'bucket',
  'trail',
];

/** Preset amounts of generated data, per account x region. */
export type SimSize = 'tiny' | 'small' | 'medium' | 'large';

export type { SimService } from './services/built-in-services.js';

export interface StartSimulatorOptions {
  /** TCP port; 0 (default) picks a random free port. */
  port?: number;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** Seed of the deterministic data generator; default 1. */
  seed?: number;
  /** tiny: a handful per kind; small (default): a few hundred resources in all; medium and large: more. */
  size?: SimSize;
  /** Exact number of each kind per account x region, overriding size (for benchmarks: 100,000 instances etc). */
  counts?: Partial<Record<SimKind, number>>;
  /** Number of accounts; default 2 (the main account + one reachable only by AssumeRole). */
  accounts?: number;
  /** Enabled regions; default us-east-1, us-west-2, eu-west-1. */
  regions?: string[];
  /** Opt-in regions that exist but are not enabled (DescribeRegions AllRegions lists them as not-opted-in). */
  optInRegions?: string[];
  /**
   * Whether ListBuckets names each bucket's region (BucketRegion), as S3 does since December 2024; default true.
   * false answers like S3 before then and like most S3-compatible stores, where a client needs GetBucketLocation.
   */
  listBucketsWithRegion?: boolean;
  /**
   * More services to speak besides the built-in ones (EC2, S3, CloudTrail, STS), each a declaration of its signing
   * name, protocol and operations (see README, "Services are declarations").
   */
  services?: readonly ServiceDeclaration[];
}

export const DEFAULT_REGIONS: readonly string[] = ['us-east-1', 'us-west-2', 'eu-west-1'];
export const DEFAULT_OPT_IN_REGIONS: readonly string[] = ['af-south-1', 'ap-east-1', 'me-south-1'];

/** Resources of each kind per account x region for each `size`. */
export const COUNTS_BY_SIZE: Readonly<Record<SimSize, Readonly<Record<SimKind, number>>>> = {
  tiny: {
    vpc: 1,
    subnet: 2,
    securityGroup: 2,
    image: 1,
    instance: 3,
    volume: 4,
    snapshot: 2,
    address: 1,
    bucket: 2,
    trail: 1,
  },
  small: {
    vpc: 2,
    subnet: 4,
    securityGroup: 4,
    image: 3,
    instance: 20,
    volume: 26,
    snapshot: 10,
    address: 4,
    bucket: 2,
    trail: 1,
  },
  medium: {
    vpc: 4,
    subnet: 12,
    securityGroup: 16,
    image: 10,
    instance: 400,
    volume: 520,
    snapshot: 150,
    address: 40,
    bucket: 10,
    trail: 2,
  },
  large: {
    vpc: 10,
    subnet: 40,
    securityGroup: 60,
    image: 40,
    instance: 5000,
    volume: 6500,
    snapshot: 2000,
    address: 300,
    bucket: 60,
    trail: 3,
  },
};

/** Resolves the per account x region count of every kind from a size and explicit overrides. */
export function resolveCounts(
  size: SimSize,
  overrides: Partial<Record<SimKind, number>> = {},
): Record<SimKind, number> {
  const counts = { ...COUNTS_BY_SIZE[size] };
  for (const kind of SIM_KINDS) {
    const override = overrides[kind];
    if (override !== undefined) counts[kind] = Math.max(0, Math.floor(override));
  }
  return counts;
}
