import { functionOfArn } from '../lambda/function-arns.js';

// arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations
const LAMBDA_INVOCATION = /^arn:[a-z-]+:apigateway:[a-z0-9-]+:lambda:path\/[^/]+\/functions\/([^/]+)\/invocations$/;

/**
 * The function an integration's URI invokes, unqualified (an alias or version is of the same function): API Gateway
 * v1 names it by its invocation path, v2 by the function's ARN or that path. Undefined for any other URI.
 */
export function functionOfIntegrationUri(uri: string | undefined): string | undefined {
  if (uri === undefined) return undefined;
  return functionOfArn(LAMBDA_INVOCATION.exec(uri)?.[1] ?? uri);
}
