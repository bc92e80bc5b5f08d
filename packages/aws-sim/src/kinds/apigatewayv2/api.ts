import type { Api, Integration } from '@aws-sdk/client-apigatewayv2';
import { pick } from '../../world/hash.js';
import type { SimTag } from '../../world/records.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { executeApiHost, HTTP_API_IDS } from '../apigateway/api-ids.js';
import { listenerArn } from '../elbv2/elbv2-arns.js';
import type { KindSpec } from '../kind-spec.js';
import { lambdaFunctionArnAt } from '../lambda/function.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';

type ApiFields =
  | 'ApiId'
  | 'Name'
  | 'ProtocolType'
  | 'RouteSelectionExpression'
  | 'ApiEndpoint'
  | 'ApiKeySelectionExpression'
  | 'CreatedDate'
  | 'DisableExecuteApiEndpoint'
  | 'IpAddressType';

/** GetApis' Api; its `Tags` map is answered from the state API's tag list, its integrations by GetIntegrations. */
export type SimApiGatewayV2Api = Omit<Filled<Api, ApiFields>, 'Tags'> & {
  Tags: SimTag[];
  Integrations: Integration[];
};

const SALT_HTTP_API = 142;
const NAMES = ['checkout', 'notifications', 'catalog', 'chat', 'telemetry'] as const;

function integrationId(ctx: ScopeContext, api: number, slot: number): string {
  return (ctx.hash(SALT_HTTP_API, api * 8 + slot, 5) >>> 0).toString(36).padStart(7, '0').slice(-7);
}

/**
 * Integration `slot` of API `api`: in an HTTP API the second one goes through VPC link (api mod links) to a listener
 * of the scope, when it has both; the others call a function of the scope (one in three by an alias).
 */
function integrationOf(ctx: ScopeContext, api: number, slot: number, isHttp: boolean): Integration | undefined {
  const hash = ctx.hash(SALT_HTTP_API, api * 8 + slot, 6);
  const links = ctx.counts.apiGatewayV2VpcLink;
  const listeners = ctx.counts.listener;
  const IntegrationId = integrationId(ctx, api, slot);
  if (isHttp && slot === 1 && links > 0 && listeners > 0) {
    return {
      IntegrationId,
      IntegrationType: 'HTTP_PROXY',
      IntegrationMethod: 'ANY',
      ConnectionType: 'VPC_LINK',
      ConnectionId: ctx.id('apiGatewayV2VpcLink', api % links),
      IntegrationUri: listenerArn(ctx, hash % listeners),
      PayloadFormatVersion: '1.0',
      TimeoutInMillis: 30_000,
      ApiGatewayManaged: false,
    };
  }
  const functions = ctx.counts.lambdaFunction;
  if (functions === 0) return undefined;
  const fn = lambdaFunctionArnAt(ctx, hash % functions);
  return {
    IntegrationId,
    IntegrationType: 'AWS_PROXY',
    IntegrationMethod: 'POST',
    ConnectionType: 'INTERNET',
    IntegrationUri: hash % 3 === 0 ? `${fn}:live` : fn,
    PayloadFormatVersion: isHttp ? '2.0' : '1.0',
    TimeoutInMillis: isHttp ? 30_000 : 29_000,
    ApiGatewayManaged: false,
    ...(isHttp ? {} : { ContentHandlingStrategy: 'CONVERT_TO_TEXT', PassthroughBehavior: 'WHEN_NO_MATCH' }),
  };
}

/** One to three integrations of API `api`. */
function integrationsOf(ctx: ScopeContext, api: number, isHttp: boolean): Integration[] {
  const count = 1 + (ctx.hash(SALT_HTTP_API, api, 4) % 3);
  return Array.from({ length: count }, (_, slot) => integrationOf(ctx, api, slot, isHttp)).filter(
    (integration): integration is Integration => integration !== undefined,
  );
}

/** HTTP APIs, every fourth one a WebSocket API. */
export const apiGatewayV2ApiKind: KindSpec<'apiGatewayV2Api', SimApiGatewayV2Api> = {
  kind: 'apiGatewayV2Api',
  idField: 'ApiId',
  ids: HTTP_API_IDS,
  counts: { tiny: 1, small: 3, medium: 10, large: 40 },
  ownFields: ['Tags', 'Integrations'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_HTTP_API, index, 1);
    const isHttp = index % 4 !== 3;
    const id = ctx.id('apiGatewayV2Api', index);
    const record: SimApiGatewayV2Api = {
      ApiId: id,
      Name: `${pick(NAMES, index)}-${isHttp ? 'http' : 'ws'}-${index}`,
      Description: `${pick(NAMES, index)} ${isHttp ? 'HTTP' : 'WebSocket'} API`,
      ProtocolType: isHttp ? 'HTTP' : 'WEBSOCKET',
      RouteSelectionExpression: isHttp ? '$request.method $request.path' : '$request.body.action',
      ApiEndpoint: `${isHttp ? 'https' : 'wss'}://${executeApiHost(ctx, id)}`,
      ApiKeySelectionExpression: '$request.header.x-api-key',
      CreatedDate: ctx.date('2023-01-01T00:00:00Z', 700, hash),
      DisableExecuteApiEndpoint: false,
      IpAddressType: 'ipv4',
      Tags: [{ Key: 'Team', Value: pick(NAMES, index) }, environmentTag(ctx, SALT_HTTP_API, index)],
      Integrations: integrationsOf(ctx, index, isHttp),
    };
    if (isHttp && hash % 3 === 1) {
      record.CorsConfiguration = {
        AllowOrigins: ['https://app.example.com'],
        AllowMethods: ['GET', 'POST'],
        AllowHeaders: ['content-type', 'authorization'],
        MaxAge: 300,
      };
    }
    return record;
  },
};
