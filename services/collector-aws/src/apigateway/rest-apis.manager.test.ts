import { describe, expect, it } from '@jest/globals';
import type { RestApiDetails } from './rest-apis.connector.js';
import { RestApisManager } from './rest-apis.manager.js';

const ACCOUNT = '123456789012';
const FUNCTION = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:orders`;
const NLB = `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:loadbalancer/net/int-nlb-3/50dc6c495c0c9188`;
const invocation = (fn: string) => `arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/${fn}/invocations`;

// A private REST API as GetRestApis gives it (tags inline), with its integrations and VPC links as the connector merges them.
const api: RestApiDetails = {
  id: 'a1b2c3d4e5',
  name: 'storefront',
  createdDate: new Date('2024-05-06T07:08:09Z'),
  apiKeySource: 'HEADER',
  endpointConfiguration: { types: ['PRIVATE'], vpcEndpointIds: ['vpce-0123456789abcdef0'] },
  policy: '{"Version":"2012-10-17","Statement":[]}',
  tags: { team: 'web' },
  disableExecuteApiEndpoint: false,
  rootResourceId: 'r00t01',
  resourceCount: 3,
  integrations: [
    { path: '/orders', httpMethod: 'GET', type: 'AWS_PROXY', uri: invocation(FUNCTION) },
    // an alias of the same function, through the non-proxy integration
    { path: '/orders', httpMethod: 'POST', type: 'AWS', uri: invocation(`${FUNCTION}:live`) },
    {
      path: '/stock',
      httpMethod: 'GET',
      type: 'HTTP_PROXY',
      uri: 'http://stock.internal/',
      connectionType: 'VPC_LINK',
      connectionId: 'vl0001',
    },
    { path: '/health', httpMethod: 'GET', type: 'MOCK' },
  ],
  vpcLinks: [{ id: 'vl0001', name: 'stock-link', targetArns: [NLB] }],
};
const scope = { partition: 'aws', account: ACCOUNT, region: 'eu-west-1' };

describe('API Gateway REST APIs', () => {
  const manager = new RestApisManager();

  it('have the agreed uid, their inline tags, and keep the integrations summary in data', () => {
    const resource = manager.map(api, scope);
    expect(resource).toMatchObject({
      uid: 'arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5',
      id: 'a1b2c3d4e5',
      name: 'storefront',
      created_at: '2024-05-06T07:08:09.000Z',
      tags: { team: 'web' },
    });
    const data = JSON.parse(resource.data_json) as Record<string, unknown>;
    expect(data.tags).toBeUndefined();
    expect(data).toMatchObject({ integrations: api.integrations, vpcLinks: api.vpcLinks, resourceCount: 3 });
  });

  it('route to the functions they invoke (unqualified), the NLBs of their VPC links, and use their VPC endpoint', () => {
    const edges = manager.map(api, scope).relationships.map((edge) => [edge.type, edge.target_kind, edge.target_uid]);
    // the function and its alias are one function: one edge
    expect(edges).toEqual([
      ['routes_to', 'aws_lambda_function', FUNCTION],
      ['routes_to', 'aws_elbv2_load_balancer', NLB],
      ['uses', 'aws_ec2_vpc_endpoint', `arn:aws:ec2:eu-west-1:${ACCOUNT}:vpc-endpoint/vpce-0123456789abcdef0`],
    ]);
  });

  it('have no edges for a regional API of mock and HTTP integrations', () => {
    const regional: RestApiDetails = {
      ...api,
      endpointConfiguration: { types: ['REGIONAL'] },
      integrations: [
        { path: '/', httpMethod: 'GET', type: 'MOCK' },
        { path: '/x', httpMethod: 'GET', type: 'HTTP', uri: 'https://example.com/' },
      ],
      vpcLinks: [],
    };
    expect(manager.map(regional, scope).relationships).toEqual([]);
  });
});
