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
