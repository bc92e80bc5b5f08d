import type { SimRequest } from '../http/http-types.js';
import type { ServiceModel } from '../services/service-model.js';
import { jsonErrorResponse, parseJsonObject } from './json-body.js';
import { PROTOCOL_ERRORS } from './protocol-errors.js';
import { JsonConverter } from './schema/json-converter.js';
import type { WireProtocol } from './wire-protocol.js';

const converter = new JsonConverter(false, false);

function targetOf(request: SimRequest): string {
  const target = request.headers['x-amz-target'];
  return Array.isArray(target) ? (target[0] ?? '') : (target ?? '');
}

/** The operation after one of the service's target prefixes (`CloudTrail_20131101.DescribeTrails`). */
function targetOperation(request: SimRequest, service: ServiceModel): string | undefined {
  const target = targetOf(request);
  const dot = target.lastIndexOf('.');
  if (dot === -1) return undefined;
  const prefix = target.slice(0, dot);
  return (service.declaration.targetPrefixes ?? []).includes(prefix) ? target.slice(dot + 1) : undefined;
}

/** JSON 1.0 and 1.1 (DynamoDB, CloudTrail, ECS...): POST with `X-Amz-Target`, JSON in and out, `__type` errors. */
function awsJson(version: '1.0' | '1.1'): WireProtocol {
  const contentType = `application/x-amz-json-${version}`;
  return {
    id: version === '1.0' ? 'awsJson1_0' : 'awsJson1_1',
    errors: PROTOCOL_ERRORS.awsJson,
    paging: { inputToken: 'NextToken', outputToken: 'NextToken', limit: 'MaxResults' },
    operationOf: (request, service) => (request.method === 'POST' ? targetOperation(request, service) : undefined),
    recognizes: (request, service) => targetOperation(request, service) !== undefined,
    parseInput: (request) => parseJsonObject(request.body),
    renderOutput: (output, operation, _service, requestId) => ({
      status: 200,
      headers: { 'content-type': contentType, 'x-amzn-requestid': requestId },
      body: JSON.stringify(converter.toJson(operation.output, output)),
    }),
    renderError(error, _service, requestId, request) {
      const answer = jsonErrorResponse(error.status, error.code, error.message, error.headers, contentType, requestId);
      // services that left awsQuery for JSON (CloudWatch, SQS) keep Query's code and type for clients that ask
      if (request?.headers['x-amzn-query-mode'] === 'true') {
        answer.headers['x-amzn-query-error'] = `${error.code};${error.status >= 500 ? 'Receiver' : 'Sender'}`;
      }
      return answer;
    },
  };
}

export const awsJson1_0 = awsJson('1.0');
export const awsJson1_1 = awsJson('1.1');
