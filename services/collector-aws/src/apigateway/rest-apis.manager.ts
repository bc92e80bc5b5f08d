import { ResourceManager, edge, optional, rawExcept, required, tagMap } from '@cloud-inventory/collector-kit';
import { VPC_ENDPOINT } from '../ec2/kind-identities.js';
import { LoadBalancersManager } from '../elbv2/load-balancers.manager.js';
import { FunctionsManager } from '../lambda/functions.manager.js';
import { REST_API } from './apigateway-identities.js';
import { functionOfIntegrationUri } from './lambda-integration-uri.js';
import type { RestApiDetails } from './rest-apis.connector.js';

/** The functions the API's Lambda integrations (AWS and AWS_PROXY) invoke, unqualified (an alias is of the function). */
function functionsCalled(api: RestApiDetails): (string | undefined)[] {
  return api.integrations
    .filter((integration) => integration.type === 'AWS' || integration.type === 'AWS_PROXY')
    .map((integration) => functionOfIntegrationUri(integration.uri));
}

/**
 * REST APIs (API Gateway v1), with their integrations summarised in data (path, verb, type, uri, VPC link). Edges:
 * the functions they invoke and the network load balancers their VPC links reach (`routes_to`), and for a private API
 * the VPC endpoints it is reached through (`uses`).
 */
export class RestApisManager extends ResourceManager<RestApiDetails> {
  readonly kind = REST_API.kind;
  readonly serviceType = {
    group: 'APIGateway',
    type: 'RestApi',
    name: 'API Gateway REST API',
    labels: ['Networking', 'Serverless'],
    family: 'api',
  };
  readonly uid = REST_API.uid;
  readonly mapping = {
    id: required('id'),
    name: required('name'),
    created_at: optional('createdDate'),
    tags: tagMap('tags'),
    data: rawExcept<RestApiDetails>('tags'),
  };
  override readonly relationships = [
    edge('routes_to', FunctionsManager, functionsCalled),
    edge('routes_to', LoadBalancersManager, (api: RestApiDetails) => api.vpcLinks.flatMap((link) => link.targetArns)),
    edge('uses', VPC_ENDPOINT, (api: RestApiDetails) => api.endpointConfiguration?.vpcEndpointIds),
  ];
}
