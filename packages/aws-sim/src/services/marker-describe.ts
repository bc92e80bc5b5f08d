import { AwsApiError } from '../errors.js';
import type { CallContext } from '../http/http-types.js';
import { recordId, type SimKind, type SimRecordByKind } from '../kinds/index.js';
import type { PagingDeclaration } from '../protocols/paging.js';
import { collectionFor, listKind } from './list-kind.js';
import type { OperationHandler } from './service-declaration.js';

/** A Query-era Describe* page (RDS, ElastiCache): MaxRecords 20 to 100 (default 100), else InvalidParameterValue. */
export function markerPaging(items: string): PagingDeclaration {
  return { items, limit: 'MaxRecords', defaultPageSize: 100, limits: { min: 20, max: 100, aboveMax: 'reject' } };
}

/** What AWS answers for a name that is none of the kind's: `DBInstanceNotFound`, 404. */
export interface NotFoundAnswer {
  code: string;
  message(name: string): string;
  /** Default 404. */
  status?: number;
}

/** The name an input member gives, an ARN (`arn:aws:rds:…:db:name`) reduced to the name. */
export function nameOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return value.startsWith('arn:') ? value.split(':').slice(6).join(':') : value;
}

export function notFound(error: NotFoundAnswer, name: string): AwsApiError {
  return new AwsApiError(error.code, error.message(name), error.status ?? 404);
}

/** What else a Describe* of one kind reads from its request. */
export interface MarkerDescribeOptions<R> {
  /** The records other input members leave (a SnapshotType). */
  where?: (input: Record<string, unknown>) => ((record: R) => boolean) | undefined;
  /** How a record shows, where an input member shapes it (ShowCacheNodeInfo). */
  itemOf?: (record: R, input: Record<string, unknown>) => unknown;
}

/**
 * A Describe* of one kind paged under Marker: every record, or the one its identifier member names (not found: the
 * kind's error).
 */
export function describeByMarker<K extends SimKind>(
  kind: K,
  items: string,
  idMember: string,
  error: NotFoundAnswer,
  options: MarkerDescribeOptions<SimRecordByKind[K]> = {},
): OperationHandler<Record<string, unknown>, Record<string, unknown>> {
  const named = (input: Record<string, unknown>) => nameOf(input[idMember]);
  const list = listKind(kind, {
    paging: markerPaging(items),
    validate(input, call: CallContext) {
      const name = named(input);
      if (name !== undefined && !collectionFor(kind, call).get(name)) throw notFound(error, name);
    },
    where(input) {
      const name = named(input);
      const extra = options.where?.(input);
      if (name === undefined) return extra;
      return (record) => recordId(kind, record) === name && (!extra || extra(record));
    },
  });
  const itemOf = options.itemOf;
  if (!itemOf) return list;
  return async (input, call) => {
    const output = await list(input, call);
    output[items] = (output[items] as SimRecordByKind[K][]).map((record) => itemOf(record, input));
    return output;
  };
}
