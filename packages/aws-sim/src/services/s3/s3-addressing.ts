/** The bucket from a virtual-hosted Host (`bucket.localhost`, `bucket.s3.region.amazonaws.com`), if any. */
function hostBucket(hostname: string): string | undefined {
  if (hostname.endsWith('.localhost')) return hostname.slice(0, -'.localhost'.length);
  const match = /^(.+)\.s3([.-][a-z0-9-]+)*\.amazonaws\.com$/.exec(hostname);
  return match ? match[1] : undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // documented expected case: a malformed escape is kept as sent and then matches no bucket
    return text;
  }
}

/**
 * S3's operations are modelled without their bucket (`GET /?acl`): the bucket is in the Host (virtual-hosted) or
 * the first path segment (path-style), and what follows is matched against the operation's URI template.
 */
export function s3Addressing(hostname: string, path: string): { labels: Record<string, string>; path: string } {
  const fromHost = hostBucket(hostname);
  if (fromHost !== undefined) return { labels: { Bucket: fromHost }, path };
  const [, first = '', ...rest] = path.split('/');
  if (first === '') return { labels: {}, path: '/' };
  return { labels: { Bucket: safeDecode(first) }, path: `/${rest.join('/')}` };
}
