import { arnFor, keepingArns, kindIdentity } from '@cloud-inventory/collector-kit';

/**
 * A distribution's kind and uid, `arn:<partition>:cloudfront::<account>:distribution/<Id>` (CloudFront's ARNs name no
 * region), for edges from other slices (a Route 53 alias, a WAF web ACL) without importing the Manager. An edge may
 * name the distribution by Id or by ARN (kept whole: it names its account).
 */
export const DISTRIBUTION = kindIdentity(
  'aws_cloudfront_distribution',
  keepingArns(arnFor('cloudfront', 'distribution/', { region: false })),
);
