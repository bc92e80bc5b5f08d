import { MalformedInputError } from '../errors.js';

/** The JSON object of a request body ({} when empty); anything else is the client's error. */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // documented expected case: a malformed body is the client's error, answered in the protocol's shape
    throw new MalformedInputError('body', 'Start of structure or map found where not expected.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new MalformedInputError('body', 'Start of structure or map found where not expected.');
  }
  return parsed as Record<string, unknown>;
}

/** JSON protocols' error body and headers: `__type` in the body, `x-amzn-ErrorType` as a header. */
export function jsonErrorResponse(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string>,
  contentType: string,
  requestId: string,
): { status: number; headers: Record<string, string>; body: string } {
  return {
    status,
    headers: { ...headers, 'content-type': contentType, 'x-amzn-requestid': requestId, 'x-amzn-errortype': code },
    body: JSON.stringify({ __type: code, message }),
  };
}
