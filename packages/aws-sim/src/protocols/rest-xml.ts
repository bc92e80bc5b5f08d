import { queryErrorResponse } from './aws-query.js';
import { PROTOCOL_ERRORS } from './protocol-errors.js';
import { parseRestInput } from './rest-input.js';
import { outputBindingsOf } from './rest-output.js';
import { matchRoute } from './rest-routes.js';
import { normalize } from './schema/shape.js';
import { XmlRenderer } from './schema/xml-renderer.js';
import type { WireProtocol } from './wire-protocol.js';
import { escapeXml, tag, XML_DECLARATION } from './xml.js';

const renderer = new XmlRenderer(5, true);

/** The root element of a structure: its xmlName trait, else its shape name. */
function rootNameOf(ref: Parameters<typeof normalize>[0]): string {
  const ns = normalize(ref);
  return (ns.getMergedTraits().xmlName as string | undefined) ?? ns.getName() ?? 'Result';
}

/**
 * A structure whose root element is named as its only member holds that member as text (S3's
 * `<LocationConstraint>eu-west-1</LocationConstraint>`); the SDK's XML reader takes such a root's text as the member.
 */
function textRootMember(ref: Parameters<typeof normalize>[0], root: string): string | undefined {
  const members = [...normalize(ref).structIterator()];
  const only = members.length === 1 ? members[0] : undefined;
  return only && only[0] === root && !only[1].isStructSchema() && !only[1].isListSchema() ? only[0] : undefined;
}

/** REST-XML (S3, Route 53, ...): method + URI template per operation, http-bound members, namespaced XML bodies. */
export const restXml: WireProtocol = {
  id: 'restXml',
  errors: PROTOCOL_ERRORS.restXml,
  paging: { inputToken: 'Marker', outputToken: 'NextMarker', limit: 'MaxItems', truncated: 'IsTruncated' },
  operationOf: (request, service) => matchRoute(request, service)?.operation.name,
  recognizes: (request, service) => matchRoute(request, service) !== undefined,
  parseInput: (request, operation, service) => parseRestInput(request, operation, service, 'xml'),
  renderOutput(output, operation, service, requestId) {
    const bindings = outputBindingsOf(operation.output);
    const record = output as Record<string, unknown>;
    const xmlns = service.declaration.xmlNamespace;
    const payload = bindings.payload;
    let body = '';
    if (payload) {
      const value = record[payload.name];
      if (value !== undefined) {
        body = payload.isText
          ? String(value)
          : XML_DECLARATION +
            renderer.document(
              payload.member,
              value,
              (payload.member.getMergedTraits().xmlName as string | undefined) ??
                payload.member.getName() ??
                payload.name,
              xmlns,
            );
      }
    } else if (bindings.hasBody) {
      const root = rootNameOf(operation.output);
      const textMember = textRootMember(operation.output, root);
      const namespace = xmlns ? ` xmlns="${xmlns}"` : '';
      if (textMember !== undefined) {
        const text = record[textMember];
        body = `${XML_DECLARATION}${text === undefined || text === '' ? `<${root}${namespace}/>` : `<${root}${namespace}>${escapeXml(String(text))}</${root}>`}`;
      } else {
        body = XML_DECLARATION + renderer.document(operation.output, output, root, xmlns);
      }
    }
    return {
      status: bindings.status(record, operation.http?.status ?? 200),
      headers: {
        ...bindings.headers(record),
        'content-type': 'application/xml',
        'x-amzn-requestid': requestId,
        'x-amz-request-id': requestId,
        'x-amz-id-2': requestId,
      },
      body,
    };
  },
  renderError(error, service, requestId, request) {
    const headers = {
      ...error.headers,
      'content-type': 'application/xml',
      'x-amzn-requestid': requestId,
      'x-amz-request-id': requestId,
      'x-amz-id-2': requestId,
    };
    // HEAD answers carry no body
    if (request?.method === 'HEAD') return { status: error.status, headers, body: '' };
    if (service.declaration.bareXmlErrors) {
      const details = Object.entries(error.details)
        .map(([name, value]) => tag(name, value))
        .join('');
      return {
        status: error.status,
        headers,
        body: `${XML_DECLARATION}<Error>${tag('Code', error.code)}${tag('Message', error.message)}${details}${tag('RequestId', requestId)}${tag('HostId', requestId)}</Error>`,
      };
    }
    return {
      status: error.status,
      headers,
      body:
        XML_DECLARATION +
        queryErrorResponse(error.status, error.code, error.message, requestId, service.declaration.xmlNamespace),
    };
  },
};
