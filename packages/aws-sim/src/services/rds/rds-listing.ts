import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import { recordId, type SimKind, type SimRecordByKind } from '../../kinds/index.js';
import type { PagingDeclaration } from '../../protocols/paging.js';
import { collectionFor, listKind } from '../list-kind.js';
import type { OperationHandler } from '../service-declaration.js';

/** RDS's Describe* page: MaxRecords 20 to 100 (default 100), anything else is InvalidParameterValue. */
export function rdsPaging(items: string): PagingDeclaration {
  return { items, limit: 'MaxRecords', defaultPageSize: 100, limits: { min: 20, max: 100, aboveMax: 'reject' } };
}

/** What AWS answers for a name that is none of the kind's: `DBInstanceNotFound`, 404. */
export interface RdsNotFound {
  code: string;
  message(name: string): string;
}

/** The name an input member gives, its ARN (`arn:aws:rds:…:db:name`) reduced to the name. */
export function rdsNameOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return value.startsWith('arn:') ? value.split(':').slice(6).join(':') : value;
}

export function notFound(error: RdsNotFound, name: string): AwsApiError {
  return new AwsApiError(error.code, error.message(name), 404);
}

/** A Describe* of one RDS kind: every record, or the one its identifier member names (not found: the kind's error). */
export function describeRdsKind<K extends SimKind>(
  kind: K,
  items: string,
  idMember: string,
  error: RdsNotFound,
  also?: (input: Record<string, unknown>) => ((record: SimRecordByKind[K]) => boolean) | undefined,
): OperationHandler<Record<string, unknown>, Record<string, unknown>> {
  const named = (input: Record<string, unknown>) => rdsNameOf(input[idMember]);
  return listKind(kind, {
    paging: rdsPaging(items),
    validate(input, call: CallContext) {
      const name = named(input);
      if (name !== undefined && !collectionFor(kind, call).get(name)) throw notFound(error, name);
    },
    where(input) {
      const name = named(input);
      const extra = also?.(input);
      if (name === undefined) return extra;
      return (record) => recordId(kind, record) === name && (!extra || extra(record));
    },
  });
}
