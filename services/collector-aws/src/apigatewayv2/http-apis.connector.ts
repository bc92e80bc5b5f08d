import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetIntegrationsCommand,
  GetVpcLinksCommand,
  type Api,
  type GetApisRequest,
  type GetApisResponse,
  type GetIntegrationsRequest,
  type GetIntegrationsResponse,
  type GetVpcLinksRequest,
  type GetVpcLinksResponse,
  type Integration,
} from '@aws-sdk/client-apigatewayv2';
import {
  ResourceConnector,
  awsCall,
  mapBounded,
  paginated,
  requiredField,
  tokenPaginator,
  type TokenPaging,
} from '@cloud-inventory/collector-kit';

/** One integration: where the routes using it go (a function, a listener through a VPC link, a URL). */
export type HttpApiIntegration = Pick<
  Integration,
  'IntegrationId' | 'IntegrationType' | 'IntegrationMethod' | 'IntegrationUri' | 'ConnectionType' | 'ConnectionId'
>;

/** A VPC link an integration of the API goes through: the subnets and security groups of its ENIs. */
export interface HttpApiVpcLink {
  VpcLinkId: string;
  Name?: string;
  SubnetIds: string[];
  SecurityGroupIds: string[];
}

/** An HTTP or WebSocket API as GetApis gives it (tags inline), with its integrations and the VPC links they use. */
export interface HttpApiDetails extends Api {
  ApiId: string;
  Name: string;
  Integrations: HttpApiIntegration[];
  VpcLinks: HttpApiVpcLink[];
}

// API Gateway v2 pages by NextToken, its MaxResults a string; the SDK has no paginators for these calls
const PAGING: TokenPaging = {
  inputToken: 'NextToken',
  outputToken: 'NextToken',
  limit: 'MaxResults',
  limitAsString: true,
};
const paginateGetApis = tokenPaginator<ApiGatewayV2Client, GetApisRequest, GetApisResponse>(GetApisCommand, PAGING);
const paginateGetVpcLinks = tokenPaginator<ApiGatewayV2Client, GetVpcLinksRequest, GetVpcLinksResponse>(
  GetVpcLinksCommand,
  PAGING,
);
const paginateGetIntegrations = tokenPaginator<ApiGatewayV2Client, GetIntegrationsRequest, GetIntegrationsResponse>(
  GetIntegrationsCommand,
  PAGING,
);

const apisInFlight = 4;
const pageSize = 100;
// IAM authorizes API Gateway's management calls by HTTP verb: every listing here is apigateway:GET
const GET = 'apigateway:GET';

/**
 * HTTP and WebSocket APIs (API Gateway v2). The region's VPC links are listed once, then each API's integrations
 * (GetIntegrations, one listing per API), kept as a summary of where they go.
 */
export class HttpApisConnector extends ResourceConnector<HttpApiDetails> {
  private readonly apis = paginated(ApiGatewayV2Client, paginateGetApis, 'Items', { pageSize });
  private readonly vpcLinks = paginated(ApiGatewayV2Client, paginateGetVpcLinks, 'Items', { pageSize });
  readonly calls = [GetApisCommand, GetIntegrationsCommand, GetVpcLinksCommand].map((command) => awsCall(command, GET));

  async *items(): AsyncIterable<HttpApiDetails> {
    const links = new Map<string, HttpApiVpcLink>();
    for await (const link of this.vpcLinks.items(this.context)) {
      const VpcLinkId = requiredField(link, 'VpcLinkId');
      links.set(VpcLinkId, {
        VpcLinkId,
        ...(link.Name ? { Name: link.Name } : {}),
        SubnetIds: link.SubnetIds ?? [],
        SecurityGroupIds: link.SecurityGroupIds ?? [],
      });
    }
    yield* mapBounded(this.apis.items(this.context), apisInFlight, (api) => this.details(api, links));
  }

  private async details(api: Api, links: ReadonlyMap<string, HttpApiVpcLink>): Promise<HttpApiDetails> {
    const ApiId = requiredField(api, 'ApiId');
    const Name = requiredField(api, 'Name');
    const client = this.client(ApiGatewayV2Client);
    const Integrations: HttpApiIntegration[] = [];
    for await (const page of paginateGetIntegrations({ client, pageSize }, { ApiId })) {
      for (const integration of page.Items ?? []) {
        const { IntegrationId, IntegrationType, IntegrationMethod, IntegrationUri, ConnectionType, ConnectionId } =
          integration;
        Integrations.push({
          IntegrationId,
          IntegrationType,
          IntegrationMethod,
          IntegrationUri,
          ConnectionType,
          ConnectionId,
        });
      }
    }
    const linkIds = new Set(Integrations.flatMap((integration) => integration.ConnectionId ?? []));
    const VpcLinks = [...linkIds].flatMap((linkId) => links.get(linkId) ?? []);
    return { ...api, ApiId, Name, Integrations, VpcLinks };
  }
}
