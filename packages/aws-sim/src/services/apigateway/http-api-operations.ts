import type { GetApisRequest, GetIntegrationsRequest, GetVpcLinksRequest } from '@aws-sdk/client-apigatewayv2';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import { tagMapOf } from '../../kinds/tags.js';
import { pageOf } from '../../protocols/paging.js';
import { collectionFor, listKind } from '../list-kind.js';
import { httpApiPaging } from './apigateway-paging.js';

export const getApis = listKind<'apiGatewayV2Api', GetApisRequest>('apiGatewayV2Api', {
  paging: httpApiPaging(),
  itemOf: ({ Tags, Integrations: _integrations, ...api }) => ({ ...api, Tags: tagMapOf(Tags) }),
});

export const getV2VpcLinks = listKind<'apiGatewayV2VpcLink', GetVpcLinksRequest>('apiGatewayV2VpcLink', {
  paging: httpApiPaging(),
  itemOf: ({ Tags, ...link }) => ({ ...link, Tags: tagMapOf(Tags) }),
});

/** GetIntegrations: an HTTP or WebSocket API's integrations; an unknown API is NotFoundException. */
export function getIntegrations(input: GetIntegrationsRequest, call: CallContext): object {
  const apiId = input.ApiId;
  const api = typeof apiId === 'string' ? collectionFor('apiGatewayV2Api', call).get(apiId) : undefined;
  if (!api) throw new AwsApiError('NotFoundException', `Invalid API identifier specified ${String(apiId)}`, 404);
  return pageOf(api.Integrations, { ...input }, httpApiPaging(), call);
}
