import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  APIGatewayClient,
  GetResourcesCommand,
  GetRestApisCommand,
  GetVpcLinksCommand,
  paginateGetResources,
  paginateGetRestApis,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetIntegrationsCommand,
  GetVpcLinksCommand as GetV2VpcLinksCommand,
} from '@aws-sdk/client-apigatewayv2';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

const REGION = 'us-east-1';
let sim: AwsSimulator;
let v1: APIGatewayClient;
let v2: ApiGatewayV2Client;

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 5, accounts: 1, regions: [REGION], size: 'medium' });
  const config = { endpoint: sim.endpoint, region: REGION, credentials: sim.credentials, maxAttempts: 1 };
  v1 = new APIGatewayClient(config);
  v2 = new ApiGatewayV2Client(config);
});

afterAll(async () => {
  v1.destroy();
  v2.destroy();
  await sim.stop();
});

const scope = () => ({ account: sim.mainAccountId, region: REGION });

/** Every page of API Gateway v2's GetApis (the SDK has no paginator for it), MaxResults being a string. */
async function apiPages(MaxResults: string): Promise<string[][]> {
  const pages: string[][] = [];
  let NextToken: string | undefined;
  do {
    const page = await v2.send(new GetApisCommand({ MaxResults, ...(NextToken ? { NextToken } : {}) }));
    pages.push((page.Items ?? []).map((api) => api.ApiId ?? ''));
    NextToken = page.NextToken;
  } while (NextToken);
  return pages;
}

describe('API Gateway (v1)', () => {
  it('pages REST APIs by position and limit, with their tags inline', async () => {
    const records = sim.state.list('apiGatewayRestApi', scope());
    const pages: string[][] = [];
    for await (const page of paginateGetRestApis({ client: v1, pageSize: 4 }, {})) {
      pages.push((page.items ?? []).map((api) => api.id ?? ''));
    }
    expect(pages.map((page) => page.length)).toEqual([4, 4, 2]);
    expect(pages.flat()).toEqual(records.map((api) => api.id));
    const { items } = await v1.send(new GetRestApisCommand({}));
    const [first] = records;
    expect(items?.[0]).toEqual({
      id: first?.id,
      name: first?.name,
      description: first?.description,
      createdDate: first?.createdDate,
      version: first?.version,
      apiKeySource: first?.apiKeySource,
      endpointConfiguration: first?.endpointConfiguration,
      disableExecuteApiEndpoint: false,
      rootResourceId: first?.rootResourceId,
      tags: Object.fromEntries(first?.Tags.map((tag) => [tag.Key, tag.Value]) ?? []),
      ...(first?.binaryMediaTypes ? { binaryMediaTypes: first.binaryMediaTypes } : {}),
      ...(first?.minimumCompressionSize ? { minimumCompressionSize: first.minimumCompressionSize } : {}),
    });
    expect(items?.[0]?.id).toMatch(/^[a-z0-9]{10}$/);
    const privateApi = items?.find((api) => api.endpointConfiguration?.types?.includes('PRIVATE'));
    expect(privateApi?.endpointConfiguration?.vpcEndpointIds?.[0]).toMatch(/^vpce-/);
    expect(privateApi?.policy).toContain('aws:SourceVpce');
  });

  it("lists a REST API's resources, their integrations only with embed=methods", async () => {
    const [api] = sim.state.list('apiGatewayRestApi', scope());
    const bare = await v1.send(new GetResourcesCommand({ restApiId: api?.id }));
    expect(bare.items?.[0]).toEqual({ id: api?.rootResourceId, path: '/' });
    expect(bare.items?.[1]?.resourceMethods).toEqual({ GET: {}, POST: {} });
    const pages: number[] = [];
    const methods = [];
    for await (const page of paginateGetResources(
      { client: v1, pageSize: 2 },
      { restApiId: api?.id, embed: ['methods'] },
    )) {
      pages.push(page.items?.length ?? 0);
      methods.push(...(page.items ?? []).flatMap((resource) => Object.values(resource.resourceMethods ?? {})));
    }
    expect(pages.reduce((sum, n) => sum + n, 0)).toBe(api?.Resources.length);
    expect(methods.length).toBeGreaterThan(1);
    expect(methods[0]?.methodIntegration?.uri).toMatch(
      /^arn:aws:apigateway:us-east-1:lambda:path\/2015-03-31\/functions\/arn:aws:lambda:us-east-1:\d{12}:function:[^/]+\/invocations$/,
    );
  });

  it('lists VPC links to network load balancers, and REST API methods that use them', async () => {
    const { items: links } = await v1.send(new GetVpcLinksCommand({}));
    expect(links?.length).toBeGreaterThan(0);
    const nlbs = new Set(
      sim.state
        .list('elbv2LoadBalancer', scope())
        .filter((lb) => lb.Type === 'network')
        .map((lb) => lb.LoadBalancerArn),
    );
    for (const link of links ?? []) expect(link.targetArns?.every((arn) => nlbs.has(arn))).toBe(true);
    const linked = sim.state
      .list('apiGatewayRestApi', scope())
      .flatMap((api) => api.Resources)
      .flatMap((resource) => Object.values(resource.resourceMethods ?? {}))
      .filter((method) => method.methodIntegration?.connectionType === 'VPC_LINK');
    expect(linked.length).toBeGreaterThan(0);
    const linkIds = new Set(links?.map((link) => link.id));
    expect(linked.every((method) => linkIds.has(method.methodIntegration?.connectionId))).toBe(true);
  });

  it('answers NotFoundException for an unknown API and BadRequestException for a limit above 500', async () => {
    expect(await failureOf(v1.send(new GetResourcesCommand({ restApiId: 'nosuchapi0' })))).toEqual({
      name: 'NotFoundException',
      status: 404,
    });
    expect(await failureOf(v1.send(new GetRestApisCommand({ limit: 501 })))).toEqual({
      name: 'BadRequestException',
      status: 400,
    });
    expect(await failureOf(v1.send(new GetRestApisCommand({ position: 'not-a-position' })))).toEqual({
      name: 'BadRequestException',
      status: 400,
    });
  });
});

describe('API Gateway v2', () => {
  it('pages HTTP and WebSocket APIs by NextToken and MaxResults, with their endpoint and tags', async () => {
    const records = sim.state.list('apiGatewayV2Api', scope());
    const pages = await apiPages('4');
    expect(pages.map((page) => page.length)).toEqual([4, 4, 2]);
    expect(pages.flat()).toEqual(records.map((api) => api.ApiId));
    const { Items } = await v2.send(new GetApisCommand({}));
    const [first] = records;
    expect(Items?.[0]).toMatchObject({
      ApiId: first?.ApiId,
      Name: first?.Name,
      ProtocolType: 'HTTP',
      ApiEndpoint: `https://${first?.ApiId}.execute-api.${REGION}.amazonaws.com`,
      CreatedDate: first?.CreatedDate,
      Tags: Object.fromEntries(first?.Tags.map((tag) => [tag.Key, tag.Value]) ?? []),
    });
    expect(Items?.map((api) => api.ProtocolType)).toContain('WEBSOCKET');
  });

  it("lists an API's integrations: functions by ARN, listeners through VPC links", async () => {
    const integrations = [];
    for (const api of sim.state.list('apiGatewayV2Api', scope())) {
      const { Items } = await v2.send(new GetIntegrationsCommand({ ApiId: api.ApiId }));
      expect(Items?.length).toBe(api.Integrations.length);
      integrations.push(...(Items ?? []));
    }
    expect(integrations.find((i) => i.IntegrationType === 'AWS_PROXY')?.IntegrationUri).toMatch(
      /^arn:aws:lambda:us-east-1:\d{12}:function:/,
    );
    const linked = integrations.find((i) => i.ConnectionType === 'VPC_LINK');
    expect(linked).toMatchObject({ IntegrationType: 'HTTP_PROXY' });
    expect(linked?.IntegrationUri).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:\d{12}:listener\//);
    const { Items: links } = await v2.send(new GetV2VpcLinksCommand({}));
    expect(links?.map((link) => link.VpcLinkId)).toContain(linked?.ConnectionId);
    expect(links?.[0]?.SubnetIds?.[0]).toMatch(/^subnet-/);
    expect(links?.[0]?.SecurityGroupIds?.[0]).toMatch(/^sg-/);
  });

  it('answers NotFoundException for an unknown API and BadRequestException for a bad token or page size', async () => {
    expect(await failureOf(v2.send(new GetIntegrationsCommand({ ApiId: 'nosuchapi0' })))).toEqual({
      name: 'NotFoundException',
      status: 404,
    });
    expect(await failureOf(v2.send(new GetApisCommand({ NextToken: 'bogus' })))).toEqual({
      name: 'BadRequestException',
      status: 400,
    });
    expect(await failureOf(v2.send(new GetApisCommand({ MaxResults: '0' })))).toEqual({
      name: 'BadRequestException',
      status: 400,
    });
  });
});
