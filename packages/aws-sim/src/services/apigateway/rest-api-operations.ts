import type {
  GetResourcesRequest,
  GetRestApisRequest,
  GetVpcLinksRequest,
  Resource,
} from '@aws-sdk/client-api-gateway';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimApiGatewayRestApi } from '../../kinds/apigateway/rest-api.js';
import { tagMapOf } from '../../kinds/tags.js';
import { pageOf } from '../../protocols/paging.js';
import { collectionFor, listKind } from '../list-kind.js';
import { restApiPaging } from './apigateway-paging.js';

const RESOURCES_PAGING = restApiPaging('items');

function requireRestApi(call: CallContext, restApiId: unknown): SimApiGatewayRestApi {
  const api = typeof restApiId === 'string' ? collectionFor('apiGatewayRestApi', call).get(restApiId) : undefined;
  if (!api) {
    const id = `${call.identity.accountId}:${String(restApiId)}`;
    throw new AwsApiError('NotFoundException', `Invalid API identifier specified ${id}`, 404);
  }
  return api;
}

export const getRestApis = listKind<'apiGatewayRestApi', GetRestApisRequest>('apiGatewayRestApi', {
  paging: restApiPaging('items'),
  itemOf: ({ Tags, Resources: _resources, ...api }) => ({ ...api, tags: tagMapOf(Tags) }),
});

export const getVpcLinks = listKind<'apiGatewayVpcLink', GetVpcLinksRequest>('apiGatewayVpcLink', {
  paging: restApiPaging('items'),
  itemOf: ({ Tags, ...link }) => ({ ...link, tags: tagMapOf(Tags) }),
});

/** Without `embed=methods` a resource names its methods only (`{ "GET": {} }`). */
function withMethodNamesOnly(resource: Resource): Resource {
  const methods = resource.resourceMethods;
  if (!methods) return resource;
  return { ...resource, resourceMethods: Object.fromEntries(Object.keys(methods).map((method) => [method, {}])) };
}

function validateEmbed(embed: readonly string[] | undefined): boolean {
  const embeds = embed ?? [];
  const unknown = embeds.find((name) => name !== 'methods');
  if (unknown !== undefined) {
    throw new AwsApiError('BadRequestException', `Invalid embed value specified: ${unknown}`, 400);
  }
  return embeds.includes('methods');
}

/** GetResources: a REST API's resources, with `embed=methods` their methods and integrations. */
export function getResources(input: GetResourcesRequest, call: CallContext): object {
  const withMethods = validateEmbed(input.embed);
  const api = requireRestApi(call, input.restApiId);
  const resources = withMethods ? api.Resources : api.Resources.map(withMethodNamesOnly);
  return pageOf(resources, { ...input }, RESOURCES_PAGING, call);
}
