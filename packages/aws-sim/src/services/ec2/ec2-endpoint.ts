import { AwsApiError } from '../../errors.js';
import type { CallContext, ServiceEndpoint, SimRequest, SimResponse } from '../../http/http-types.js';
import { XML_DECLARATION } from '../../protocols/xml.js';
import { describeRegions } from './describe-regions.js';
import { DESCRIBE_OPERATIONS } from './describe-operation.js';
import { QueryParams } from './query-params.js';
import { EC2_ACTIONS, runEc2Action } from './actions/index.js';

const EC2_XMLNS = 'http://ec2.amazonaws.com/doc/2016-11-15/';

function answer(action: string, content: string, requestId: string): SimResponse {
  return {
    status: 200,
    headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId },
    body: `${XML_DECLARATION}<${action}Response xmlns="${EC2_XMLNS}"><requestId>${requestId}</requestId>${content}</${action}Response>`,
  };
}

/** EC2 over the Query protocol (form-encoded Action, XML answers). */
export const ec2Endpoint: ServiceEndpoint = {
  service: 'ec2',
  escapePath: true,
  operationOf(request: SimRequest): string {
    return new QueryParams(request).get('Action') || 'Unknown';
  },
  handle(request: SimRequest, context: CallContext): SimResponse {
    const params = new QueryParams(request);
    const action = params.get('Action');
    if (!action) throw new AwsApiError('MissingAction', 'The request must contain the parameter Action', 400);
    if (action === 'DescribeRegions') return answer(action, describeRegions(params, context), context.requestId);
    const mutation = Object.hasOwn(EC2_ACTIONS, action) ? EC2_ACTIONS[action] : undefined;
    if (mutation) return answer(action, runEc2Action(mutation, params, context), context.requestId);
    const describe = Object.hasOwn(DESCRIBE_OPERATIONS, action) ? DESCRIBE_OPERATIONS[action] : undefined;
    if (describe) return answer(action, describe(params, context), context.requestId);
    throw new AwsApiError('InvalidAction', `The action ${action} is not valid for this web service.`, 400);
  },
};
