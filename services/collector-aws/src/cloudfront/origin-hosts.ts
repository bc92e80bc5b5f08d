/**
 * What a distribution's origin domain names, read from the host name alone: an S3 bucket by its REST endpoint
 * (`<bucket>.s3.amazonaws.com`, `<bucket>.s3.<region>.amazonaws.com`, the legacy `<bucket>.s3-<region>...`, dual-stack)
 * or its website endpoint (`<bucket>.s3-website-<region>...`, `<bucket>.s3-website.<region>...`), China's `.com.cn`
 * too. Access points and Object Lambda (`.s3-accesspoint.`) name no bucket and are not matched.
 */
const S3_ORIGIN =
  /^(.+)\.s3(?:\.dualstack)?(?:[.-](?:website[.-])?[a-z]{2}(?:-[a-z]+)+-\d+)?\.amazonaws\.com(?:\.cn)?$/;

/** The bucket an origin domain names, if it is an S3 endpoint. */
export function bucketOfOrigin(domainName: string | undefined): string | undefined {
  return domainName === undefined ? undefined : S3_ORIGIN.exec(domainName.toLowerCase())?.[1];
}

const EXECUTE_API_ORIGIN = /^([a-z0-9]{10})\.execute-api\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com(?:\.cn)?$/;

/**
 * The API Gateway API an origin domain names (`<api-id>.execute-api.<region>.amazonaws.com`): its id and region. A
 * REST API and an HTTP API share this host form and nothing else in the origin tells them apart.
 */
export function apiOfOrigin(domainName: string | undefined): { id: string; region: string } | undefined {
  const match = domainName === undefined ? null : EXECUTE_API_ORIGIN.exec(domainName.toLowerCase());
  return match ? { id: match[1] as string, region: match[2] as string } : undefined;
}
