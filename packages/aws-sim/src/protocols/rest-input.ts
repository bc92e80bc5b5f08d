import type { NormalizedSchema } from '@smithy/core/schema';
import type { SimRequest } from '../http/http-types.js';
import type { OperationModel, ServiceModel } from '../services/service-model.js';
import { parseJsonObject } from './json-body.js';
import { matchRoute } from './rest-routes.js';
import { parseScalarText } from './schema/scalar-text.js';
import { xmlBodyMembers } from './schema/xml-input.js';
import { isHttpBound, normalize, shapeTypeOf } from './schema/shape.js';

function fromText(member: NormalizedSchema, text: string, parameter: string): unknown {
  return parseScalarText(shapeTypeOf(member), text, parameter);
}

function header(request: SimRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * The input of a REST request from its http bindings (path labels, query, headers) and, for REST-JSON, the members
 * of the JSON or XML body; member names and types come from the operation's input schema.
 */
export function parseRestInput(
  request: SimRequest,
  operation: OperationModel,
  service: ServiceModel,
  body: 'json' | 'xml',
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const labels = matchRoute(request, service)?.labels ?? {};
  const unbound: [string, NormalizedSchema][] = [];
  for (const [name, member] of normalize(operation.input).structIterator()) {
    const traits = member.getMergedTraits();
    if (traits.httpLabel) {
      const value = labels[name];
      if (value !== undefined) input[name] = fromText(member, value, name);
    } else if (typeof traits.httpQuery === 'string') {
      const key = traits.httpQuery;
      if (shapeTypeOf(member) === 'list') {
        const values = request.query.getAll(key);
        if (values.length > 0) input[name] = values.map((value) => fromText(member.getValueSchema(), value, key));
      } else {
        const value = request.query.get(key);
        if (value !== null) input[name] = fromText(member, value, key);
      }
    } else if (typeof traits.httpHeader === 'string') {
      const value = header(request, traits.httpHeader);
      if (value !== undefined) input[name] = fromText(member, value, traits.httpHeader);
    } else if (traits.httpPayload) {
      if (request.body.length > 0) input[name] = body === 'json' ? parseJsonObject(request.body) : request.body;
    } else if (!isHttpBound(member)) {
      unbound.push([name, member]);
    }
  }
  if (body === 'json' && unbound.length > 0 && request.body.length > 0) {
    const json = parseJsonObject(request.body);
    for (const [name] of unbound) if (json[name] !== undefined) input[name] = json[name];
  }
  if (body === 'xml' && unbound.length > 0 && request.body.length > 0) {
    Object.assign(input, xmlBodyMembers(request.body.toString('utf8'), unbound));
  }
  return input;
}
