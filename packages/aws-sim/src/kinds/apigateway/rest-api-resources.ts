import type { Integration, Method, Resource } from '@aws-sdk/client-api-gateway';
import { pick } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { lambdaFunctionArnAt } from '../lambda/function.js';
import { hasNetworkLoadBalancer } from './vpc-link.js';

/** A resource of a REST API with its methods as `GET /restapis/{id}/resources?embed=methods` shows them. */
export type SimRestApiResource = Resource & { id: string; path: string };

export const SALT_REST_API = 141;
const PURPOSES = ['orders', 'users', 'payments', 'reports', 'search', 'webhooks'] as const;
const LAMBDA_ALIASES = ['live', 'prod'] as const;

/** A resource id: six lowercase letters and digits, as API Gateway makes them. */
function resourceId(ctx: ScopeContext, api: number, slot: number): string {
  return (ctx.hash(SALT_REST_API, api * 16 + slot, 7) >>> 0).toString(36).padStart(7, '0').slice(-6);
}

/** `arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations`: how v1 calls a function. */
export function lambdaInvocationUri(ctx: ScopeContext, functionArn: string): string {
  return ctx.arn('apigateway', `path/2015-03-31/functions/${functionArn}/invocations`, { account: 'lambda' });
}

/**
 * What method `slot` of API `api` calls: through VPC link (api mod links) every fourth one when the scope has links
 * and a network load balancer for them,
 * else a function of the scope (one in three by an alias, one in five without the proxy), a mock without functions.
 */
function integrationOf(ctx: ScopeContext, api: number, slot: number, httpMethod: string): Integration {
  const hash = ctx.hash(SALT_REST_API, api * 16 + slot, 8);
  const links = ctx.counts.apiGatewayVpcLink;
  const functions = ctx.counts.lambdaFunction;
  if (links > 0 && hasNetworkLoadBalancer(ctx) && (api + slot) % 4 === 3) {
    const link = ctx.id('apiGatewayVpcLink', api % links);
    return {
      type: 'HTTP_PROXY',
      httpMethod,
      uri: `http://services.internal.example.com/${httpMethod.toLowerCase()}`,
      connectionType: 'VPC_LINK',
      connectionId: link,
      passthroughBehavior: 'WHEN_NO_MATCH',
      timeoutInMillis: 29_000,
      cacheNamespace: resourceId(ctx, api, slot),
      cacheKeyParameters: [],
    };
  }
  if (functions === 0) {
    return {
      type: 'MOCK',
      passthroughBehavior: 'WHEN_NO_MATCH',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      timeoutInMillis: 29_000,
      cacheNamespace: resourceId(ctx, api, slot),
      cacheKeyParameters: [],
    };
  }
  const fn = lambdaFunctionArnAt(ctx, hash % functions);
  const target = hash % 3 === 0 ? `${fn}:${pick(LAMBDA_ALIASES, hash >>> 4)}` : fn;
  return {
    type: hash % 5 === 4 ? 'AWS' : 'AWS_PROXY',
    // Lambda is invoked by POST whatever the method's verb
    httpMethod: 'POST',
    uri: lambdaInvocationUri(ctx, target),
    passthroughBehavior: 'WHEN_NO_MATCH',
    contentHandling: 'CONVERT_TO_TEXT',
    timeoutInMillis: 29_000,
    cacheNamespace: resourceId(ctx, api, slot),
    cacheKeyParameters: [],
  };
}

function methodOf(ctx: ScopeContext, api: number, slot: number, httpMethod: string, path: string): Method {
  return {
    httpMethod,
    authorizationType: httpMethod === 'GET' ? 'NONE' : 'AWS_IAM',
    apiKeyRequired: false,
    ...(path.endsWith('}') ? { requestParameters: { 'method.request.path.id': true } } : {}),
    methodResponses: { '200': { statusCode: '200' } },
    methodIntegration: integrationOf(ctx, api, slot, httpMethod),
  };
}

/** The root resource's id of REST API `api` (RestApi.rootResourceId). */
export function rootResourceIdOf(ctx: ScopeContext, api: number): string {
  return resourceId(ctx, api, 0);
}

/**
 * REST API `api`'s resources: `/`, then one to three collections `/<purpose>` (GET and POST) each with an item
 * `/<purpose>/{id}` (GET).
 */
export function restApiResources(ctx: ScopeContext, api: number): SimRestApiResource[] {
  const root = rootResourceIdOf(ctx, api);
  const resources: SimRestApiResource[] = [{ id: root, path: '/' }];
  const collections = 1 + (ctx.hash(SALT_REST_API, api, 9) % 3);
  let slot = 1;
  for (let collection = 0; collection < collections; collection++) {
    const pathPart = PURPOSES[(api + collection) % PURPOSES.length] as string;
    const listId = resourceId(ctx, api, slot);
    resources.push({
      id: listId,
      parentId: root,
      pathPart,
      path: `/${pathPart}`,
      resourceMethods: {
        GET: methodOf(ctx, api, slot, 'GET', `/${pathPart}`),
        POST: methodOf(ctx, api, slot + 1, 'POST', `/${pathPart}`),
      },
    });
    const itemPath = `/${pathPart}/{id}`;
    resources.push({
      id: resourceId(ctx, api, slot + 2),
      parentId: listId,
      pathPart: '{id}',
      path: itemPath,
      resourceMethods: { GET: methodOf(ctx, api, slot + 2, 'GET', itemPath) },
    });
    slot += 3;
  }
  return resources;
}
