import { ResourceManager, edge, optional, rawExcept, required, tagMap } from '@cloud-inventory/collector-kit';
import { HTTP_API } from '../apigateway/apigateway-identities.js';
import { functionOfIntegrationUri } from '../apigateway/lambda-integration-uri.js';
import { SecurityGroupsManager } from '../ec2/security-groups.manager.js';
import { SubnetsManager } from '../ec2/subnets.manager.js';
import { ListenersManager } from '../elbv2/listeners.manager.js';
import { FunctionsManager } from '../lambda/functions.manager.js';
import type { HttpApiDetails } from './http-apis.connector.js';

// arn:<partition>:elasticloadbalancing:<region>:<account>:listener/<app|net>/<name>/<id>/<id>
const LISTENER_ARN = /^arn:[a-z-]+:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener\//;

/** The listeners the API's private integrations reach through a VPC link (a Cloud Map service is the other kind). */
function listenersReached(api: HttpApiDetails): (string | undefined)[] {
  return api.Integrations.filter((integration) => integration.ConnectionType === 'VPC_LINK')
    .map((integration) => integration.IntegrationUri)
    .filter((uri) => uri !== undefined && LISTENER_ARN.test(uri));
}

/**
 * HTTP and WebSocket APIs (API Gateway v2), with their integrations summarised in data and the VPC links they use.
 * Edges: the functions their AWS_PROXY integrations invoke and the ELBv2 listeners their private integrations reach
 * (`routes_to`); the subnets (`in_subnet`) and security groups (`member_of`) of their VPC links' ENIs, through which
 * the API's traffic enters the VPC.
 */
export class HttpApisManager extends ResourceManager<HttpApiDetails> {
  readonly kind = HTTP_API.kind;
  readonly serviceType = {
    group: 'APIGateway',
    type: 'Api',
    name: 'API Gateway HTTP/WebSocket API',
    labels: ['Networking', 'Serverless'],
    family: 'api',
  };
  readonly uid = HTTP_API.uid;
  readonly mapping = {
    id: required('ApiId'),
    name: required('Name'),
    created_at: optional('CreatedDate'),
    tags: tagMap('Tags'),
    data: rawExcept<HttpApiDetails>('Tags'),
  };
  override readonly relationships = [
    edge('routes_to', FunctionsManager, (api: HttpApiDetails) =>
      api.Integrations.filter((integration) => integration.IntegrationType === 'AWS_PROXY').map((integration) =>
        functionOfIntegrationUri(integration.IntegrationUri),
      ),
    ),
    edge('routes_to', ListenersManager, listenersReached),
    edge('in_subnet', SubnetsManager, (api: HttpApiDetails) => api.VpcLinks.flatMap((link) => link.SubnetIds)),
    edge('member_of', SecurityGroupsManager, (api: HttpApiDetails) =>
      api.VpcLinks.flatMap((link) => link.SecurityGroupIds),
    ),
  ];
}
