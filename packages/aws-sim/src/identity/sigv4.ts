import { createHash, createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The parts of an `Authorization: AWS4-HMAC-SHA256 ...` header. */
export interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

const AUTHORIZATION_PATTERN =
  /^AWS4-HMAC-SHA256\s+Credential=([^/\s,]+)\/(\d{8})\/([^/\s,]+)\/([^/\s,]+)\/aws4_request\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-f]{64})\s*$/;

export function parseAuthorization(header: string | undefined): ParsedAuthorization | undefined {
  const match = header ? AUTHORIZATION_PATTERN.exec(header) : null;
  if (!match) return undefined;
  return {
    accessKeyId: match[1] as string,
    date: match[2] as string,
    region: match[3] as string,
    service: match[4] as string,
    signedHeaders: (match[5] as string).split(';'),
    signature: match[6] as string,
  };
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // a malformed escape is signed as sent; the signature check then fails like it would at AWS
    return text;
  }
}

function canonicalQuery(rawQuery: string): string {
  if (rawQuery === '') return '';
  const pairs: string[] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const key = safeDecode(equals === -1 ? part : part.slice(0, equals));
    if (key.toLowerCase() === 'x-amz-signature') continue;
    const value = equals === -1 ? '' : safeDecode(part.slice(equals + 1));
    pairs.push(`${escapeUri(key)}=${escapeUri(value)}`);
  }
  return pairs.sort().join('&');
}

/** Like the SDK signers: S3 signs the path as sent, other services normalise it and encode it once more. */
function canonicalPath(rawPath: string, escapePath: boolean): string {
  if (!escapePath) return rawPath;
  const segments: string[] = [];
  for (const segment of rawPath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const normalized = `/${segments.join('/')}${segments.length > 0 && rawPath.endsWith('/') ? '/' : ''}`;
  return escapeUri(normalized).replace(/%2F/g, '/');
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  const text = Array.isArray(value) ? value.join(',') : (value ?? '');
  return text.trim().replace(/\s+/g, ' ');
}

export interface SignatureInput {
  method: string;
  rawPath: string;
  rawQuery: string;
  headers: IncomingHttpHeaders;
  payloadHash: string;
  amzDate: string;
  authorization: ParsedAuthorization;
  escapePath: boolean;
}

const signingKeys = new Map<string, Buffer>();

function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  const cacheKey = `${secret}|${date}|${region}|${service}`;
  let key = signingKeys.get(cacheKey);
  if (!key) {
    const dateKey = createHmac('sha256', `AWS4${secret}`).update(date).digest();
    const regionKey = createHmac('sha256', dateKey).update(region).digest();
    const serviceKey = createHmac('sha256', regionKey).update(service).digest();
    key = createHmac('sha256', serviceKey).update('aws4_request').digest();
    if (signingKeys.size > 1000) signingKeys.clear();
    signingKeys.set(cacheKey, key);
  }
  return key;
}

/** Recomputes the SigV4 signature of a received request with the given secret. */
export function computeSignature(input: SignatureInput, secretAccessKey: string): string {
  const { authorization: auth } = input;
  const signedHeaders = [...auth.signedHeaders].sort();
  const canonicalRequest = [
    input.method,
    canonicalPath(input.rawPath, input.escapePath),
    canonicalQuery(input.rawQuery),
    signedHeaders.map((name) => `${name}:${headerValue(input.headers, name)}\n`).join(''),
    signedHeaders.join(';'),
    input.payloadHash,
  ].join('\n');
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${input.amzDate}\n${scope}\n${sha256Hex(canonicalRequest)}`;
  return createHmac('sha256', signingKey(secretAccessKey, auth.date, auth.region, auth.service))
    .update(stringToSign)
    .digest('hex');
}

/** Parses an X-Amz-Date (20240101T000000Z) into epoch milliseconds. */
export function parseAmzDate(text: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y as number, (mo as number) - 1, d, h, mi, s);
}
