/**
 * AWS partitions: the ARN prefix (`arn:aws-cn:…`) and the region whose endpoints serve an account's global calls
 * (S3's ListBuckets, DescribeRegions). An account lives in exactly one partition, so its ARNs and endpoints must
 * both come from it, never from the literal `aws`.
 */
interface PartitionInfo {
  readonly name: string;
  readonly regionPrefix: RegExp;
  readonly homeRegion: string;
}

// Ordered: the more specific prefixes (us-gov-, us-iso-) come before the commercial `us-`. As in the SDK's
// partitions.json (`regionRegex`), which the SDK's endpoint rules use to pick each region's DNS suffix.
const partitions: readonly PartitionInfo[] = [
  { name: 'aws-us-gov', regionPrefix: /^us-gov-\w+-\d+$/, homeRegion: 'us-gov-west-1' },
  { name: 'aws-iso-b', regionPrefix: /^us-isob-\w+-\d+$/, homeRegion: 'us-isob-east-1' },
  { name: 'aws-iso-f', regionPrefix: /^us-isof-\w+-\d+$/, homeRegion: 'us-isof-south-1' },
  { name: 'aws-iso-e', regionPrefix: /^eu-isoe-\w+-\d+$/, homeRegion: 'eu-isoe-west-1' },
  { name: 'aws-iso', regionPrefix: /^us-iso-\w+-\d+$/, homeRegion: 'us-iso-east-1' },
  { name: 'aws-cn', regionPrefix: /^cn-\w+-\d+$/, homeRegion: 'cn-north-1' },
  { name: 'aws', regionPrefix: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/, homeRegion: 'us-east-1' },
];

const commercial = 'aws';

/** The partition of a region code (`cn-north-1` -> `aws-cn`); an unknown code is taken as commercial AWS. */
export function partitionOfRegion(region: string): string {
  return partitions.find((partition) => partition.regionPrefix.test(region))?.name ?? commercial;
}

/** The partition an ARN names (`arn:aws-us-gov:iam::…` -> `aws-us-gov`), or undefined for anything else. */
export function partitionOfArn(arn: string): string | undefined {
  const [prefix, partition] = arn.split(':', 3);
  return prefix === 'arn' && partition && /^aws(-[a-z]+)*$/.test(partition) ? partition : undefined;
}

/** The region an account's global calls and the REGION task are made in. */
export function homeRegionOf(partition: string): string {
  const found = partitions.find((candidate) => candidate.name === partition);
  return found?.homeRegion ?? 'us-east-1';
}

/**
 * The partition of an account, from the caller identity STS gave for it (every account learns it before it is
 * collected); an identity without an ARN (an emulator's) falls back to the region its STS call was made in.
 */
export function partitionOfAccount(identityArn: string, stsRegion: string): string {
  return partitionOfArn(identityArn) ?? partitionOfRegion(stsRegion);
}
