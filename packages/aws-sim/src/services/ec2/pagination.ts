import { AwsApiError } from '../../errors.js';
import { hashString } from '../../world/hash.js';
import type { QueryParams } from './query-params.js';

/** How an operation treats MaxResults, per the EC2 API reference. */
export interface PageLimits {
  min: number;
  max: number;
  /** 'clamp': larger values return `max` items; 'reject': InvalidParameterValue. */
  aboveMax: 'clamp' | 'reject';
}

export interface PageRequest {
  start: number;
  /** Undefined: everything from `start` (AWS returns all results when MaxResults is absent). */
  limit?: number;
}

/** Tokens are opaque to clients but stable: the next position plus a check of the request they belong to. */
export function encodeNextToken(position: number, requestKey: string): string {
  return Buffer.from(`${position.toString(36)}.${hashString(requestKey).toString(36)}`).toString('base64url');
}

function decodeNextToken(token: string, requestKey: string): number {
  const [position, check] = Buffer.from(token, 'base64url').toString('utf8').split('.');
  const start = position === undefined ? NaN : parseInt(position, 36);
  if (!Number.isInteger(start) || start < 0 || check !== hashString(requestKey).toString(36)) {
    throw new AwsApiError('InvalidPaginationToken', `The pagination token '${token}' is not valid or is expired.`, 400);
  }
  return start;
}

export function readPageRequest(params: QueryParams, limits: PageLimits | undefined, requestKey: string): PageRequest {
  const token = params.get('NextToken');
  const start = token ? decodeNextToken(token, requestKey) : 0;
  const maxResults = params.integer('MaxResults');
  if (maxResults === undefined || !limits) return { start };
  if (maxResults < limits.min) {
    throw new AwsApiError(
      'InvalidParameterValue',
      `Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value greater than ${limits.min}.`,
      400,
    );
  }
  if (maxResults > limits.max) {
    if (limits.aboveMax === 'reject') {
      throw new AwsApiError(
        'InvalidParameterValue',
        `Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value less than ${limits.max}.`,
        400,
      );
    }
    return { start, limit: limits.max };
  }
  return { start, limit: maxResults };
}

/** What identifies a listing across pages: operation, scope and every parameter except the paging ones. */
export function requestKeyOf(
  action: string,
  account: string,
  region: string,
  params: Iterable<[string, string]>,
): string {
  const parts = [...params].filter(([key]) => key !== 'NextToken' && key !== 'MaxResults').map(([k, v]) => `${k}=${v}`);
  return `${action}|${account}|${region}|${parts.sort().join('&')}`;
}
