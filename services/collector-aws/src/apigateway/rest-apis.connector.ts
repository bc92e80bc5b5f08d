import {
  APIGatewayClient,
  GetResourcesCommand,
  GetRestApisCommand,
  GetVpcLinksCommand,
  paginateGetResources,
  paginateGetRestApis,
  paginateGetVpcLinks,
  type Integration,
  type Resource,
  type RestApi,
} from '@aws-sdk/client-api-gateway';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';

/** One method's integration: where a request to `httpMethod path` goes (a function, a VPC link, a URL, a mock). */
export type RestApiIntegration = Pick<Integration, 'type' | 'uri' | 'connectionType' | 'connectionId'> & {
  path: string;
  httpMethod: string;
};

/** A VPC link an integration of the API goes through, and the network load balancers it reaches. */
export interface RestApiVpcLink {
  id: string;
  name?: string;
  targetArns: string[];
}

/**
 * A REST API as GetRestApis gives it (tags inline), with the integrations of its methods summarised (not the whole
 * resource tree: a large API has hundreds of resources, models and responses the inventory has no use for) and the
 * VPC links those integrations use.
 */
export interface RestApiDetails extends RestApi {
  id: string;
  resourceCount: number;
  integrations: RestApiIntegration[];
  vpcLinks: RestApiVpcLink[];
}

// GetResources takes one API: one listing per API, a few APIs at once
const apisInFlight = 4;
// IAM authorizes API Gateway's management calls by HTTP verb: every listing here is apigateway:GET
const GET = 'apigateway:GET';
const pageSize = 500;

function integrationsOf(resource: Resource): RestApiIntegration[] {
  return Object.entries(resource.resourceMethods ?? {}).flatMap(([httpMethod, method]) => {
    const integration = method.methodIntegration;
    if (!integration) return [];
    const { type, uri, connectionType, connectionId } = integration;
    return [{ path: resource.path ?? '', httpMethod, type, uri, connectionType, connectionId }];
  });
}

/**
 * REST APIs (API Gateway v1). The region's VPC links are listed once (GetVpcLinks), then each API's resources with
 * their methods (GetResources?embed=methods), whose integrations name the functions and VPC links the API calls.
 */
export class RestApisConnector extends ResourceConnector<RestApiDetails> {
  private readonly restApis = paginated(APIGatewayClient, paginateGetRestApis, 'items', { pageSize });
  private readonly vpcLinks = paginated(APIGatewayClient, paginateGetVpcLinks, 'items', { pageSize });
  readonly calls = [GetRestApisCommand, GetResourcesCommand, GetVpcLinksCommand].map((command) =>
    awsCall(command, GET),
  );

  async *items(): AsyncIterable<RestApiDetails> {
    const links = new Map<string, RestApiVpcLink>();
    for await (const link of this.vpcLinks.items(this.context)) {
      const id = requiredField(link, 'id');
      links.set(id, { id, ...(link.name ? { name: link.name } : {}), targetArns: link.targetArns ?? [] });
    }
    yield* mapBounded(this.restApis.items(this.context), apisInFlight, (api) => this.details(api, links));
  }

  private async details(api: RestApi, links: ReadonlyMap<string, RestApiVpcLink>): Promise<RestApiDetails> {
    const id = requiredField(api, 'id');
    const client = this.client(APIGatewayClient);
    const integrations: RestApiIntegration[] = [];
    let resourceCount = 0;
    for await (const page of paginateGetResources({ client, pageSize }, { restApiId: id, embed: ['methods'] })) {
      for (const resource of page.items ?? []) {
        resourceCount++;
        integrations.push(...integrationsOf(resource));
      }
    }
    const linkIds = new Set(integrations.flatMap((integration) => integration.connectionId ?? []));
    const vpcLinks = [...linkIds].flatMap((linkId) => links.get(linkId) ?? []);
    return { ...api, id, resourceCount, integrations, vpcLinks };
  }
}
