import { COUNTS_BY_SIZE, completeCounts, presetCounts, SIM_KINDS, type SimKind } from './kinds/index.js';
import type { ServiceDeclaration } from './services/service-declaration.js';

export { COUNTS_BY_SIZE, SIM_KINDS, type SimKind };

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
  /**
   * Whether the accounts form an AWS Organization managed by the main account (default true). false: every account
   * answers Organizations with AWSOrganizationsNotInUseException.
   */
  organization?: boolean;
  /**
   * Member accounts generated besides `accounts`, in the organization's OUs (default 0): each with the reader roles and
   * an estate of its own of `orgAccountSize`, about one in five SUSPENDED (at least one of two or more), and exactly
   * one ACTIVE account without its reader roles (AssumeRole into it is AccessDenied). Deterministic by seed.
   */
  orgAccounts?: number;
  /** Size of each generated member account's estate (default tiny; `counts` does not apply to them). */
  orgAccountSize?: SimSize;
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
   * The most items one page of a list call holds, whatever the request asks for: AWS may answer fewer items than the
   * page size asked, so a client must follow the token. Lets a test page through a few dozen items instead of
   * thousands. Default: no cap (a page is as large as the request or the operation's default allows).
   */
  pageSizeCap?: number;
  /**
   * More services to speak besides the built-in ones, each a declaration of its signing name, protocol and
   * operations (see README, "Services are declarations"); one named as a built-in service replaces it.
   */
  services?: readonly ServiceDeclaration[];
}

export const DEFAULT_REGIONS: readonly string[] = ['us-east-1', 'us-west-2', 'eu-west-1'];
export const DEFAULT_OPT_IN_REGIONS: readonly string[] = ['af-south-1', 'ap-east-1', 'me-south-1'];

/**
 * Resolves the per account x region count of every kind from a size and explicit overrides (see `completeCounts`:
 * kinds without what they need have none; ENIs are at least those of instances, NAT gateways...).
 */
export function resolveCounts(
  size: SimSize,
  overrides: Partial<Record<SimKind, number>> = {},
): Record<SimKind, number> {
  const counts = presetCounts(size);
  const explicit = new Set<SimKind>();
  for (const kind of SIM_KINDS) {
    const override = overrides[kind];
    if (override === undefined) continue;
    counts[kind] = Math.max(0, Math.floor(override));
    explicit.add(kind);
  }
  return completeCounts(counts, explicit);
}
