import type { CallContext } from '../http/http-types.js';
import { hashString } from '../world/hash.js';
import type { ServiceModel } from '../services/service-model.js';
import type { PagingNames } from './wire-protocol.js';

/** Items to page through: an array, or a lazily generated collection that scans from a position. */
export type ItemSource<T> =
  | readonly T[]
  | { scan(start: number, limit: number, predicate?: (item: T) => boolean): { items: T[]; next?: number } };

/** How an operation treats its page size, per the API reference: 'clamp' answers `max` items above it, 'reject' the protocol's input error. */
export interface PageLimits {
  min: number;
  max: number;
  aboveMax: 'clamp' | 'reject';
}

/** How a list operation pages, as data: the output member of its items, page sizes, names that differ. */
export interface PagingDeclaration extends Partial<PagingNames> {
  /** The output member holding the page's items. */
  items: string;
  /** Items per page when the request names no limit (AWS: everything, for EC2's Describe* calls). */
  defaultPageSize?: number;
  limits?: PageLimits;
}

/** What identifies a listing across pages: operation, scope and every input member except the paging ones. */
function requestKeyOf(call: CallContext, input: Record<string, unknown>, names: PagingNames): string {
  const rest = Object.entries(input)
    .filter(([key]) => key !== names.inputToken && key !== names.limit)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `${call.operation}|${call.identity.accountId}|${call.region}|${JSON.stringify(rest)}`;
}

/** Tokens are opaque to clients but stable: the next position plus a check of the request they belong to. */
function encodeToken(position: number, requestKey: string): string {
  return Buffer.from(`${position.toString(36)}.${hashString(requestKey).toString(36)}`).toString('base64url');
}

function decodeToken(token: unknown, requestKey: string, service: ServiceModel): number {
  const [position, check] = Buffer.from(String(token), 'base64url').toString('utf8').split('.');
  const start = position === undefined ? NaN : parseInt(position, 36);
  if (!Number.isInteger(start) || start < 0 || check !== hashString(requestKey).toString(36)) {
    throw service.error(
      'invalidPaginationToken',
      `The pagination token '${String(token)}' is not valid or is expired.`,
    );
  }
  return start;
}

function pageLimit(requested: unknown, paging: PagingDeclaration, names: PagingNames, service: ServiceModel) {
  if (requested === undefined || requested === null || requested === '') return paging.defaultPageSize;
  const limit = Number(requested);
  const limits = paging.limits;
  // a page of 0 (or 2.5, or "abc") would answer a token for the same position: a paging client would loop forever
  if (!Number.isInteger(limit) || limit < 1) {
    throw service.error(
      'malformedInput',
      `Value ( ${String(requested)} ) for parameter ${names.limit} is invalid. Expecting a positive integer.`,
    );
  }
  if (!limits) return limit;
  if (limit < limits.min) {
    throw service.error(
      'malformedInput',
      `Value ( ${limit} ) for parameter ${names.limit} is invalid. Expecting a value greater than ${limits.min}.`,
    );
  }
  if (limit > limits.max) {
    if (limits.aboveMax === 'reject') {
      throw service.error(
        'malformedInput',
        `Value ( ${limit} ) for parameter ${names.limit} is invalid. Expecting a value less than ${limits.max}.`,
      );
    }
    return limits.max;
  }
  return limit;
}

/**
 * One page of a list operation, in the output member names of the service's protocol (or the operation's own):
 * `{ Users: [...], Marker, IsTruncated }` for awsQuery, `{ TableNames: [...], NextToken }` for JSON.
 */
export function pageOf<T>(
  source: ItemSource<T>,
  input: Record<string, unknown>,
  paging: PagingDeclaration,
  call: CallContext,
  predicate?: (item: T) => boolean,
): Record<string, unknown> {
  const service = call.service;
  const names: PagingNames = { ...service.protocol.paging, ...paging };
  const requestKey = requestKeyOf(call, input, names);
  const token = input[names.inputToken];
  const start = token === undefined || token === '' ? 0 : decodeToken(token, requestKey, service);
  const limit = cappedLimit(pageLimit(input[names.limit], paging, names, service), call.pageSizeCap);
  const page = Array.isArray(source)
    ? scanArray(source as readonly T[], start, limit, predicate)
    : (source as Exclude<ItemSource<T>, readonly T[]>).scan(start, limit, predicate);
  const output: Record<string, unknown> = { [paging.items]: page.items };
  if (page.next !== undefined) output[names.outputToken] = encodeToken(page.next, requestKey);
  if (names.truncated) output[names.truncated] = page.next !== undefined;
  return output;
}

/**
 * The page size after the simulator's cap. A call that answers everything at once (no limit asked, no default page
 * size: EC2's Describe* without MaxResults) still does, as AWS's does.
 */
function cappedLimit(limit: number | undefined, cap: number | undefined): number {
  if (limit === undefined) return Number.POSITIVE_INFINITY;
  return cap === undefined ? limit : Math.min(limit, cap);
}

function scanArray<T>(items: readonly T[], start: number, limit: number, predicate?: (item: T) => boolean) {
  const page: T[] = [];
  for (let position = start; position < items.length; position++) {
    const item = items[position] as T;
    if (predicate && !predicate(item)) continue;
    if (page.length === limit) return { items: page, next: position };
    page.push(item);
  }
  return { items: page };
}
