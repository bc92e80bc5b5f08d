import type { AwsApiError } from '../errors.js';
import type { SimResponse } from '../http/http-types.js';
import type { SimService } from '../options.js';
import { escapeXml, tag, XML_DECLARATION } from './xml.js';

/** Renders an error in the shape of the service's protocol (EC2 query, S3 REST, JSON 1.1, STS query). */
export function renderError(service: SimService, error: AwsApiError, requestId: string, method = 'GET'): SimResponse {
  const headers: Record<string, string> = { ...error.headers };
  switch (service) {
    case 'ec2':
      return {
        status: error.status,
        headers: { ...headers, 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId },
        body: `${XML_DECLARATION}<Response><Errors><Error>${tag('Code', error.code)}${tag('Message', error.message)}</Error></Errors>${tag('RequestID', requestId)}</Response>`,
      };
    case 's3': {
      const details = Object.entries(error.details)
        .map(([name, value]) => tag(name, value))
        .join('');
      return {
        status: error.status,
        headers: {
          ...headers,
          'content-type': 'application/xml',
          'x-amz-request-id': requestId,
          'x-amz-id-2': requestId,
        },
        // HEAD answers carry no body
        body:
          method === 'HEAD'
            ? ''
            : `${XML_DECLARATION}<Error>${tag('Code', error.code)}${tag('Message', error.message)}${details}${tag('RequestId', requestId)}${tag('HostId', requestId)}</Error>`,
      };
    }
    case 'cloudtrail':
      return {
        status: error.status,
        headers: {
          ...headers,
          'content-type': 'application/x-amz-json-1.1',
          'x-amzn-requestid': requestId,
          'x-amzn-errortype': error.code,
        },
        body: JSON.stringify({ __type: error.code, message: error.message }),
      };
    case 'sts':
      return {
        status: error.status,
        headers: { ...headers, 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
        body: `${XML_DECLARATION}<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>${error.status >= 500 ? 'Receiver' : 'Sender'}</Type>${tag('Code', error.code)}<Message>${escapeXml(error.message)}</Message></Error>${tag('RequestId', requestId)}</ErrorResponse>`,
      };
  }
}
