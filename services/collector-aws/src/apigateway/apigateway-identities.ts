import { arnFor, kindIdentity } from '@cloud-inventory/collector-kit';

/**
 * The API Gateway kinds as others point at them (a Route 53 alias, a CloudFront origin) without importing their
 * Managers: uids by API id, `arn:<partition>:apigateway:<region>::/restapis/<id>` and `…::/apis/<id>` (no account:
 * API Gateway's own resource ARNs have none).
 */
export const REST_API = kindIdentity('aws_apigateway_rest_api', arnFor('apigateway', '/restapis/', { account: false }));
export const HTTP_API = kindIdentity('aws_apigatewayv2_api', arnFor('apigateway', '/apis/', { account: false }));
