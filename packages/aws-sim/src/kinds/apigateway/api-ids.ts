import { partitionOf } from '../../world/partition.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { indexedNames, scopeToken } from '../indexed-names.js';
import type { NamedIds } from '../kind-spec.js';

/**
 * API Gateway's ids are ten lowercase letters and digits (`a1b2c3d4e5`), unique across accounts since they name the
 * API's hostname: four hex digits of the scope, a digit telling the family apart, the index in five digits.
 */
function apiIds(family: string): NamedIds {
  return indexedNames(
    (ctx, index) => `${scopeToken(ctx)}${family}${String(index).padStart(5, '0')}`,
    new RegExp(`^[0-9a-f]{4}${family}(\\d{5})$`),
  );
}

export const REST_API_IDS = apiIds('0');
export const HTTP_API_IDS = apiIds('1');
export const VPC_LINK_IDS = apiIds('2');
export const HTTP_API_VPC_LINK_IDS = apiIds('3');

/** The id of the scope's REST API `index` (API Gateway v1): how a Route 53 alias or a CloudFront origin names it. */
export function restApiIdAt(ctx: ScopeContext, index: number): string {
  return REST_API_IDS.nameAt(ctx, index);
}

/** The id of the scope's HTTP or WebSocket API `index` (API Gateway v2). */
export function httpApiIdAt(ctx: ScopeContext, index: number): string {
  return HTTP_API_IDS.nameAt(ctx, index);
}

/** `<id>.execute-api.<region>.amazonaws.com` (`.com.cn` in China): the default endpoint's host of an API of either family. */
export function executeApiHost(ctx: ScopeContext, apiId: string): string {
  const suffix = partitionOf(ctx.region) === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `${apiId}.execute-api.${ctx.region}.${suffix}`;
}
