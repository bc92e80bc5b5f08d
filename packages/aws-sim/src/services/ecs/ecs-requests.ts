import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import { arnOf } from '../../world/partition.js';

/** ECS and ECR answer a request they refuse with InvalidParameterException. */
export function invalidParameter(message: string): AwsApiError {
  return new AwsApiError('InvalidParameterException', message, 400);
}

/** A page size within 1..max, as the API reference gives it (ECS: 100, ECR DescribeRepositories: 1000). */
export function checkPageSize(input: { maxResults?: number | undefined }, max: number): void {
  const size = input.maxResults;
  if (size !== undefined && (!Number.isInteger(size) || size < 1 || size > max)) {
    throw invalidParameter(`maxResults must be between 1 and ${max}, got ${String(size)}.`);
  }
}

/** The ids of a Describe* call: a list of at most `max` (DescribeServices 10, the others 100). */
export function batchOf(ids: unknown, member: string, max: number): string[] {
  if (ids === undefined) return [];
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === '')) {
    throw invalidParameter(`${member} must be a list of names or ARNs.`);
  }
  if (ids.length > max) throw invalidParameter(`${member} can have at most ${max} elements.`);
  return ids as string[];
}

/** An ECS resource named by ARN or by its short name (`cluster/<name>`, `task-definition/<family>:<revision>`). */
export function ecsArn(call: CallContext, resource: string, nameOrArn: string): string {
  return nameOrArn.startsWith('arn:')
    ? nameOrArn
    : arnOf('ecs', call.region, call.identity.accountId, `${resource}/${nameOrArn}`);
}

export function includesTags(input: { include?: readonly string[] | undefined }): boolean {
  return Array.isArray(input.include) && input.include.includes('TAGS');
}

/** A record as answered: its tags only when the request includes TAGS. */
export function answered<R extends { tags: unknown }>(record: R, withTags: boolean): R | Omit<R, 'tags'> {
  if (withTags) return record;
  const { tags: _tags, ...rest } = record;
  return rest;
}
