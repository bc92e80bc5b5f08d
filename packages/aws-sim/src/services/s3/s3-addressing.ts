/** The bucket from a virtual-hosted Host (`bucket.localhost`, `bucket.s3.region.amazonaws.com`), if any. */
function hostBucket(hostname: string): string | undefined {
  if (hostname.endsWith('.localhost')) return hostname.slice(0, -'.localhost'.length);
  // No regular expression: the host is the client's, and a backtracking pattern over it could stall the simulator.
  const suffix = ['.amazonaws.com', '.amazonaws.com.cn'].find((candidate) => hostname.endsWith(candidate));
  if (suffix === undefined) return undefined;
  const labels = hostname.slice(0, -suffix.length).split('.');
  // the last s3 label, as `bucket.s3.region` and `bucket.s3-region` name the service after the (dotted) bucket
  let s3At = labels.length - 1;
  while (s3At > 0 && labels[s3At] !== 's3' && !labels[s3At]?.startsWith('s3-')) s3At--;
  return s3At > 0 ? labels.slice(0, s3At).join('.') : undefined;
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
