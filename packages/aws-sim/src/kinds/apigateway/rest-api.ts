import type { RestApi } from '@aws-sdk/client-api-gateway';
import { pick } from '../../world/hash.js';
import type { SimTag } from '../../world/records.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { interfaceEndpoints } from '../ec2/vpc-endpoint-layout.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { REST_API_IDS } from './api-ids.js';
import { restApiResources, rootResourceIdOf, SALT_REST_API, type SimRestApiResource } from './rest-api-resources.js';

type RestApiFields =
  | 'id'
  | 'name'
  | 'createdDate'
  | 'apiKeySource'
  | 'endpointConfiguration'
  | 'disableExecuteApiEndpoint'
  | 'rootResourceId';

/**
 * GetRestApis' RestApi; its `tags` map is answered from the state API's tag list, its resources (with their methods
 * and integrations) by GetResources.
 */
export type SimApiGatewayRestApi = Omit<Filled<RestApi, RestApiFields>, 'tags'> & {
  Tags: SimTag[];
  Resources: SimRestApiResource[];
};

const NAMES = ['storefront', 'partner', 'internal-admin', 'mobile-backend', 'billing'] as const;

/** The policy of a private API: invocations only through its VPC endpoint. */
function privatePolicy(ctx: ScopeContext, endpointId: string): string {
  const statement = {
    Effect: 'Allow',
    Principal: '*',
    Action: 'execute-api:Invoke',
    Resource: ctx.arn('execute-api', '*'),
    Condition: { StringEquals: { 'aws:SourceVpce': endpointId } },
  };
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
}

/**
 * REST APIs: the first of a scope regional, then edge-optimized and private ones in turn (private ones reached by one
 * of the scope's interface endpoints; regional where it has none).
 */
export const apiGatewayRestApiKind: KindSpec<'apiGatewayRestApi', SimApiGatewayRestApi> = {
  kind: 'apiGatewayRestApi',
  idField: 'id',
  ids: REST_API_IDS,
  counts: { tiny: 1, small: 3, medium: 10, large: 40 },
  ownFields: ['Tags', 'Resources'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_REST_API, index, 1);
    const endpoints = interfaceEndpoints(ctx.counts);
    const shape = index % 3;
    const isPrivate = shape === 2 && endpoints > 0;
    const record: SimApiGatewayRestApi = {
      id: ctx.id('apiGatewayRestApi', index),
      name: `${pick(NAMES, index)}-api-${index}`,
      description: `${pick(NAMES, index)} REST API`,
      createdDate: ctx.date('2022-09-01T00:00:00Z', 800, hash),
      version: `v${1 + (hash % 3)}`,
      apiKeySource: hash % 4 === 0 ? 'AUTHORIZER' : 'HEADER',
      endpointConfiguration: { types: [shape === 1 ? 'EDGE' : 'REGIONAL'], ipAddressType: 'ipv4' },
      disableExecuteApiEndpoint: false,
      rootResourceId: rootResourceIdOf(ctx, index),
      Tags: [{ Key: 'Team', Value: pick(NAMES, index) }, environmentTag(ctx, SALT_REST_API, index)],
      Resources: restApiResources(ctx, index),
    };
    if (isPrivate) {
      const endpoint = ctx.id('vpcEndpoint', (hash >>> 5) % endpoints);
      record.endpointConfiguration = { types: ['PRIVATE'], ipAddressType: 'dualstack', vpcEndpointIds: [endpoint] };
      record.policy = privatePolicy(ctx, endpoint);
    }
    if (hash % 5 === 2) record.binaryMediaTypes = ['image/png', 'application/octet-stream'];
    if (hash % 6 === 1) record.minimumCompressionSize = 1024;
    return record;
  },
};
