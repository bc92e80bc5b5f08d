/** The AWS partition of a region: `aws-cn` for China, `aws-us-gov` for GovCloud, `aws` elsewhere. */
export function partitionOf(region: string): 'aws' | 'aws-cn' | 'aws-us-gov' {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** An ARN in the region's partition; `region` and `account` may be '' (IAM and S3 ARNs leave them out). */
export function arnOf(service: string, region: string, account: string, resource: string, partitionRegion = region) {
  return `arn:${partitionOf(partitionRegion)}:${service}:${region}:${account}:${resource}`;
}
