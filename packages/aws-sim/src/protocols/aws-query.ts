import { formParamsOf } from './form-params.js';
import { PROTOCOL_ERRORS } from './protocol-errors.js';
import { QueryInputParser } from './schema/query-input.js';
import { XmlRenderer } from './schema/xml-renderer.js';
import type { WireProtocol } from './wire-protocol.js';
import { escapeXml, tag, XML_DECLARATION } from './xml.js';

const parser = new QueryInputParser({ ec2: false });
const renderer = new XmlRenderer(5, false);

/**
 * awsQuery (STS, IAM, ...): form-encoded `Action`, `Name.member.N` lists, `<XResponse><XResult>` answers with
 * `<member>` lists, `ErrorResponse` errors, Marker / MaxItems / IsTruncated paging.
 */
export const awsQuery: WireProtocol = {
  id: 'awsQuery',
  errors: PROTOCOL_ERRORS.awsQuery,
  paging: { inputToken: 'Marker', outputToken: 'Marker', limit: 'MaxItems', truncated: 'IsTruncated' },
  operationOf: (request) => formParamsOf(request).get('Action') || undefined,
  versionOf: (request) => formParamsOf(request).get('Version') || undefined,
  recognizes: (request) => formParamsOf(request).has('Action'),
  parseInput: (request, operation) => parser.parse(operation.input, formParamsOf(request)),
  renderOutput(output, operation, service, requestId) {
    const name = operation.name;
    return {
      status: 200,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: `${XML_DECLARATION}<${name}Response xmlns="${service.declaration.xmlNamespace ?? ''}"><${name}Result>${renderer.content(operation.output, output)}</${name}Result><ResponseMetadata>${tag('RequestId', requestId)}</ResponseMetadata></${name}Response>`,
    };
  },
  renderError(error, service, requestId) {
    return {
      status: error.status,
      headers: { ...error.headers, 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: `${XML_DECLARATION}${queryErrorResponse(error.status, error.code, error.message, requestId, service.declaration.xmlNamespace)}`,
    };
  },
};

/** `<ErrorResponse><Error><Type><Code><Message></Error><RequestId>` of awsQuery and REST-XML services. */
export function queryErrorResponse(
  status: number,
  code: string,
  message: string,
  requestId: string,
  xmlns: string | undefined,
): string {
  const namespace = xmlns ? ` xmlns="${xmlns}"` : '';
  return `<ErrorResponse${namespace}><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type>${tag('Code', code)}<Message>${escapeXml(message)}</Message></Error>${tag('RequestId', requestId)}</ErrorResponse>`;
}
