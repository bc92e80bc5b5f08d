import { GetResources$, GetRestApis$, GetVpcLinks$ } from '@aws-sdk/client-api-gateway';
import { GetApis$, GetIntegrations$, GetVpcLinks$ as GetV2VpcLinks$ } from '@aws-sdk/client-apigatewayv2';
import { restJson1 } from '../../protocols/rest-json.js';
import { declareService, operation } from '../service-declaration.js';
import { getApis, getIntegrations, getV2VpcLinks } from './http-api-operations.js';
import { getResources, getRestApis, getVpcLinks } from './rest-api-operations.js';

// IAM authorizes API Gateway's management calls by HTTP verb on the resource's path, v1 and v2 alike
const GET = { iamAction: 'GET' };

/**
 * Amazon API Gateway over REST-JSON: v1 (REST APIs, /restapis) and v2 (HTTP and WebSocket APIs, /v2/apis) share the
 * signing name `apigateway` and the endpoint, told apart by path. Bad input is BadRequestException, throttling 429.
 */
export const apiGatewayService = declareService({
  name: 'apigateway',
  protocol: restJson1,
  errors: {
    throttled: ['TooManyRequestsException', 429],
    malformedInput: ['BadRequestException', 400],
    invalidPaginationToken: ['BadRequestException', 400],
  },
  operations: [
    operation(GetRestApis$, getRestApis, GET),
    operation(GetResources$, getResources, GET),
    operation(GetVpcLinks$, getVpcLinks, GET),
    operation(GetApis$, getApis, GET),
    operation(GetIntegrations$, getIntegrations, GET),
    // v1 has a GetVpcLinks too (GET /vpclinks): this one is named by its path, GET /v2/vpclinks
    operation(GetV2VpcLinks$, getV2VpcLinks, { ...GET, name: 'GetV2VpcLinks' }),
  ],
});
