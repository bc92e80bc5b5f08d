// <api id>.execute-api.<region>.amazonaws.com (.com.cn in China), as a CloudFront origin or a Route 53 record names it
const EXECUTE_API_HOST = /^([a-z0-9]{10})\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\.?$/;

/**
 * The API and region an API's default endpoint host names, for edges to it (`ref(apiId, { region })` at REST_API
 * or HTTP_API). The host does not tell a REST API from an HTTP one: the caller knows which it points at, or not.
 */
export function apiOfExecuteApiHost(host: string | undefined): { apiId: string; region: string } | undefined {
  const match = host === undefined ? null : EXECUTE_API_HOST.exec(host.toLowerCase());
  return match ? { apiId: match[1] as string, region: match[2] as string } : undefined;
}
