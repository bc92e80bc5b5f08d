import { AwsApiError } from '../../errors.js';
import type { PagingDeclaration } from '../../protocols/paging.js';

/** Both Elastic Load Balancing APIs page with Marker / NextMarker and PageSize 1..400. */
export function elbPaging(items: string): PagingDeclaration {
  return {
    items,
    inputToken: 'Marker',
    outputToken: 'NextMarker',
    limit: 'PageSize',
    truncated: undefined,
    defaultPageSize: 400,
    limits: { min: 1, max: 400, aboveMax: 'reject' },
  };
}

/** Elastic Load Balancing's own not-found errors (`LoadBalancerNotFound`, `TargetGroupNotFound`, ...). */
export function notFound(code: string, message: string): AwsApiError {
  return new AwsApiError(code, message, 400);
}

export function validationError(message: string): AwsApiError {
  return new AwsApiError('ValidationError', message, 400);
}

/** The values a list member names, or undefined when the request names none. */
export function named(values: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return values && values.length > 0 ? new Set(values) : undefined;
}

/** A batch call's ids, 1..max of them (DescribeTags: 20), as AWS validates them. */
export function batchOf(values: readonly string[] | undefined, member: string, max: number): string[] {
  const ids = values ?? [];
  if (ids.length === 0 || ids.length > max) {
    throw validationError(
      `1 validation error detected: Value '[${ids.join(', ')}]' at '${member}' failed to satisfy constraint: Member must have length ${ids.length === 0 ? 'greater than or equal to 1' : `less than or equal to ${max}`}`,
    );
  }
  return [...ids];
}
