import { jsonErrorResponse } from './json-body.js';
import { PROTOCOL_ERRORS } from './protocol-errors.js';
import { parseRestInput } from './rest-input.js';
import { outputBindingsOf } from './rest-output.js';
import { matchRoute } from './rest-routes.js';
import { JsonConverter } from './schema/json-converter.js';
import type { WireProtocol } from './wire-protocol.js';

const converter = new JsonConverter(true, true);

/** REST-JSON (Lambda, ...): method + URI template per operation, http-bound members, JSON bodies, `x-amzn-ErrorType`. */
export const restJson1: WireProtocol = {
  id: 'restJson1',
  errors: PROTOCOL_ERRORS.restJson,
  paging: { inputToken: 'Marker', outputToken: 'NextMarker', limit: 'MaxItems' },
  operationOf: (request, service) => matchRoute(request, service)?.operation.name,
  recognizes: (request, service) => matchRoute(request, service) !== undefined,
  parseInput: (request, operation, service) => parseRestInput(request, operation, service, 'json'),
  renderOutput(output, operation, _service, requestId) {
    const bindings = outputBindingsOf(operation.output);
    const record = output as Record<string, unknown>;
    const payload = bindings.payload;
    let body = '';
    if (payload) {
      const value = record[payload.name];
      if (value !== undefined)
        body = payload.isText ? String(value) : JSON.stringify(converter.toJson(payload.member, value));
    } else if (bindings.hasBody) {
      body = JSON.stringify(converter.toJson(operation.output, output));
    }
    return {
      status: bindings.status(record, operation.http?.status ?? 200),
      headers: { ...bindings.headers(record), 'content-type': 'application/json', 'x-amzn-requestid': requestId },
      body,
    };
  },
  renderError: (error, _service, requestId) =>
    jsonErrorResponse(error.status, error.code, error.message, error.headers, 'application/json', requestId),
};
