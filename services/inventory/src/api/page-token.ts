import { createHash } from 'node:crypto';
import { InvalidArgumentError } from '@cloud-inventory/protocol';

/**
 * API page tokens wrap the store's token with a fingerprint of the query, so a token is checked here (a malformed
 * one is INVALID_ARGUMENT `page_token`) and cannot be replayed against a different filter.
 */
export function encodePageToken(storeToken: string | undefined, query: unknown): string {
  if (!storeToken) return '';
  return Buffer.from(JSON.stringify({ s: storeToken, q: fingerprint(query) })).toString('base64url');
}

export function decodePageToken(token: string, query: unknown): string | undefined {
  if (token === '') return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    // Documented expected case: anything that does not decode is a token we never issued.
    throw new InvalidArgumentError('page_token', 'is not a token from a previous page');
  }
  const { s, q } = (decoded ?? {}) as { s?: unknown; q?: unknown };
  if (typeof s !== 'string' || typeof q !== 'string')
    throw new InvalidArgumentError('page_token', 'is not a token from a previous page');
  if (q !== fingerprint(query)) throw new InvalidArgumentError('page_token', 'belongs to a different query');
  return s;
}

function fingerprint(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 16);
}
