import type { Metadata } from '@grpc/grpc-js';
import { createHash, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from './errors.js';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Compares in constant time (digests have equal length whatever the inputs). */
export function tokensMatch(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/** Throws UnauthenticatedError unless the metadata carries `authorization: Bearer <expected>`; no-op without a token. */
export function assertBearerToken(metadata: Metadata, expected: string | undefined): void {
  if (expected === undefined || expected === '') return;
  const header = metadata.get('authorization')[0];
  if (typeof header !== 'string') throw new UnauthenticatedError('missing authorization metadata (Bearer token)');
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1] || !tokensMatch(match[1], expected)) throw new UnauthenticatedError('invalid bearer token');
}

/** Client side: call metadata carrying the token (empty metadata without one). */
export function bearerTokenMetadata(token: string | undefined, into: Metadata): Metadata {
  if (token) into.set('authorization', `Bearer ${token}`);
  return into;
}
