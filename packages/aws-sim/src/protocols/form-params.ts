import type { SimRequest } from '../http/http-types.js';

const FORM_PARAMS = new WeakMap<SimRequest, Map<string, string>>();

/** The parameters of a Query-protocol request: the form body merged over the URL query (read once per request). */
export function formParamsOf(request: SimRequest): Map<string, string> {
  let values = FORM_PARAMS.get(request);
  if (values) return values;
  values = new Map<string, string>();
  for (const [key, value] of request.query) values.set(key, value);
  const contentType = String(request.headers['content-type'] ?? '');
  if (request.body.length > 0 && (contentType === '' || contentType.includes('x-www-form-urlencoded'))) {
    for (const [key, value] of new URLSearchParams(request.body.toString('utf8'))) values.set(key, value);
  }
  FORM_PARAMS.set(request, values);
  return values;
}
