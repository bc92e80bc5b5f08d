import { AwsApiError } from '../../errors.js';
import type { CallContext, ServiceEndpoint, SimRequest, SimResponse } from '../../http/http-types.js';
import { describeTrails, getEventSelectors, getTrailStatus, listTags, listTrails } from './trail-operations.js';

/** Clients send `CloudTrail_20131101.<Operation>`, older ones the full `com.amazonaws.cloudtrail.v20131101.` form. */
const TARGET_PATTERN = /^(?:com\.amazonaws\.cloudtrail\.v20131101\.)?CloudTrail_20131101\.(\w+)$/;

function targetOperation(request: SimRequest): string | undefined {
  return TARGET_PATTERN.exec(String(request.headers['x-amz-target'] ?? ''))?.[1];
}

const OPERATIONS: Record<string, (input: Record<string, unknown>, context: CallContext) => Record<string, unknown>> = {
  ListTrails: listTrails,
  DescribeTrails: describeTrails,
  GetTrailStatus: getTrailStatus,
  GetEventSelectors: getEventSelectors,
  ListTags: listTags,
};

function parseInput(body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // documented expected case: a malformed body is the client's error, answered as AWS does
    throw new AwsApiError('SerializationException', 'Start of structure or map found where not expected.', 400);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new AwsApiError('SerializationException', 'Start of structure or map found where not expected.', 400);
  }
  return parsed as Record<string, unknown>;
}

/** CloudTrail over JSON 1.1 (X-Amz-Target names the operation). */
export const cloudTrailEndpoint: ServiceEndpoint = {
  service: 'cloudtrail',
  escapePath: true,
  operationOf(request: SimRequest): string {
    return targetOperation(request) ?? 'Unknown';
  },
  handle(request: SimRequest, context: CallContext): SimResponse {
    const name = targetOperation(request);
    const operation = name === undefined || !Object.hasOwn(OPERATIONS, name) ? undefined : OPERATIONS[name];
    if (request.method !== 'POST' || !operation) {
      throw new AwsApiError(
        'UnknownOperationException',
        `Unknown operation ${String(request.headers['x-amz-target'] ?? '')}`,
        400,
      );
    }
    const output = operation(parseInput(request.body), context);
    return {
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': context.requestId },
      body: JSON.stringify(output),
    };
  },
};
