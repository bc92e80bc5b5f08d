import { describe, expect, it } from '@jest/globals';
import type { HttpApiDetails } from './http-apis.connector.js';
import { HttpApisManager } from './http-apis.manager.js';

const ACCOUNT = '123456789012';
const FUNCTION = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:checkout`;
const LISTENER = `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:listener/app/int-alb-2/50dc6c495c0c9188/f2f7dc8efc522ab2`;

// An HTTP API as GetApis gives it (tags inline), with its integrations and VPC links as the connector merges them.
const api: HttpApiDetails = {
  ApiId: 'f1e2d3c4b5',
  Name: 'checkout',
  ProtocolType: 'HTTP',
  RouteSelectionExpression: '$request.method $request.path',
  ApiEndpoint: 'https://f1e2d3c4b5.execute-api.eu-west-1.amazonaws.com',
  CreatedDate: new Date('2024-01-02T03:04:05Z'),
  Tags: { team: 'payments' },
  Integrations: [
    { IntegrationId: 'i1', IntegrationType: 'AWS_PROXY', IntegrationUri: `${FUNCTION}:live` },
    {
      IntegrationId: 'i2',
      IntegrationType: 'HTTP_PROXY',
      IntegrationMethod: 'ANY',
      ConnectionType: 'VPC_LINK',
      ConnectionId: 'vl1',
      IntegrationUri: LISTENER,
    },
    // a private integration to a Cloud Map service, and a public URL: no edges
    {
      IntegrationId: 'i3',
      IntegrationType: 'HTTP_PROXY',
      ConnectionType: 'VPC_LINK',
      ConnectionId: 'vl1',
      IntegrationUri: `arn:aws:servicediscovery:eu-west-1:${ACCOUNT}:service/srv-1`,
    },
    { IntegrationId: 'i4', IntegrationType: 'HTTP_PROXY', IntegrationUri: 'https://example.com/' },
  ],
  VpcLinks: [{ VpcLinkId: 'vl1', SubnetIds: ['subnet-1', 'subnet-2'], SecurityGroupIds: ['sg-1'] }],
};
const scope = { partition: 'aws', account: ACCOUNT, region: 'eu-west-1' };

describe('API Gateway v2 APIs', () => {
  const manager = new HttpApisManager();

  it('have the agreed uid, their inline tags, and the integrations in data', () => {
    const resource = manager.map(api, scope);
    expect(resource).toMatchObject({
      uid: 'arn:aws:apigateway:eu-west-1::/apis/f1e2d3c4b5',
      id: 'f1e2d3c4b5',
      name: 'checkout',
      created_at: '2024-01-02T03:04:05.000Z',
      tags: { team: 'payments' },
    });
    const data = JSON.parse(resource.data_json) as Record<string, unknown>;
    expect(data).toMatchObject({ ProtocolType: 'HTTP', Integrations: api.Integrations, VpcLinks: api.VpcLinks });
    expect(data.Tags).toBeUndefined();
  });

  it("route to their functions and listeners, in their VPC links' subnets and groups", () => {
    const edges = manager.map(api, scope).relationships.map((edge) => [edge.type, edge.target_kind, edge.target_uid]);
    expect(edges).toEqual([
      ['routes_to', 'aws_lambda_function', FUNCTION],
      ['routes_to', 'aws_elbv2_listener', LISTENER],
      ['in_subnet', 'aws_subnet', `arn:aws:ec2:eu-west-1:${ACCOUNT}:subnet/subnet-1`],
      ['in_subnet', 'aws_subnet', `arn:aws:ec2:eu-west-1:${ACCOUNT}:subnet/subnet-2`],
      ['member_of', 'aws_ec2_security_group', `arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/sg-1`],
    ]);
  });
});
