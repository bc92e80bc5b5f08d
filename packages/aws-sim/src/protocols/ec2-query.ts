import { formParamsOf } from './form-params.js';
import { PROTOCOL_ERRORS } from './protocol-errors.js';
import { QueryInputParser } from './schema/query-input.js';
import { XmlRenderer } from './schema/xml-renderer.js';
import type { WireProtocol } from './wire-protocol.js';
import { tag, XML_DECLARATION } from './xml.js';

const parser = new QueryInputParser({ ec2: true });
const renderer = new XmlRenderer(5, false);

/** EC2's Query dialect: form-encoded `Action`, flattened `Name.N` lists, `<XResponse><requestId>` answers, `<item>` lists. */
export const ec2Query: WireProtocol = {
  id: 'ec2Query',
  errors: PROTOCOL_ERRORS.ec2Query,
  paging: { inputToken: 'NextToken', outputToken: 'NextToken', limit: 'MaxResults' },
  operationOf: (request) => formParamsOf(request).get('Action') || undefined,
  recognizes: (request) => formParamsOf(request).has('Action'),
  parseInput: (request, operation) => parser.parse(operation.input, formParamsOf(request)),
  renderOutput(output, operation, service, requestId) {
    const name = `${operation.name}Response`;
    return {
      status: 200,
      headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId },
      body: `${XML_DECLARATION}<${name} xmlns="${service.declaration.xmlNamespace ?? ''}"><requestId>${requestId}</requestId>${renderer.content(operation.output, output)}</${name}>`,
    };
  },
  renderError(error, _service, requestId) {
    return {
      status: error.status,
      headers: { ...error.headers, 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId },
      body: `${XML_DECLARATION}<Response><Errors><Error>${tag('Code', error.code)}${tag('Message', error.message)}</Error></Errors>${tag('RequestID', requestId)}</Response>`,
    };
  },
};
