import type { Filter } from '@aws-sdk/client-ec2';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { Ec2DescribeDeclaration } from '../../kinds/ec2-describe.js';
import type { SimKind, SimRecordByKind } from '../../kinds/index.js';
import { pageOf, type PagingDeclaration } from '../../protocols/paging.js';
import { buildFilterPredicate } from './filters.js';

type Predicate<T> = (record: T) => boolean;

/** The input of a Describe* call as the EC2 protocol parsed it (member names of the SDK's input shape). */
export type DescribeInput = Record<string, unknown> & { Filters?: Filter[]; MaxResults?: number };

function both<T>(a: Predicate<T> | undefined, b: Predicate<T> | undefined): Predicate<T> | undefined {
  if (!a) return b;
  if (!b) return a;
  return (record) => a(record) && b(record);
}

/** Operation-specific selectors besides ids and filters: Owners, GroupNames, PublicIps. */
function selectorPredicate<R>(
  declaration: Ec2DescribeDeclaration<R>,
  input: DescribeInput,
  account: string,
): Predicate<R> | undefined {
  let predicate: Predicate<R> | undefined;
  for (const selector of declaration.selectors ?? []) {
    const values = (input[selector.member] as string[] | undefined) ?? [];
    if (values.length === 0) continue;
    const wanted = values.map((value) => (selector.selfIsCaller && value === 'self' ? account : value));
    predicate = both(predicate, (record) => wanted.includes(selector.valueOf(record) as string));
  }
  return predicate;
}

/** Answers a kind's Describe* call: explicit ids (all must exist), filters, selectors, then one page of items. */
export function describeResources<K extends SimKind>(
  kind: K,
  declaration: Ec2DescribeDeclaration<SimRecordByKind[K]>,
  input: DescribeInput,
  call: CallContext,
): Record<string, unknown> {
  const account = call.identity.accountId;
  const scope = { account, region: call.region };
  const collection = call.world.collection(kind, account, call.region);
  const predicate = both(
    buildFilterPredicate(declaration.filters, input[declaration.filtersMember ?? 'Filters'] as Filter[] | undefined),
    selectorPredicate(declaration, input, account),
  );
  const ids = (input[declaration.ids.member] as string[] | undefined) ?? [];
  let output: Record<string, unknown>;
  if (ids.length > 0) {
    if (declaration.idsExcludeMaxResults && input.MaxResults !== undefined) {
      throw new AwsApiError(
        'InvalidParameterCombination',
        `The parameter ${declaration.idsExcludeMaxResults} cannot be used with the parameter maxResults`,
        400,
      );
    }
    const items: SimRecordByKind[K][] = [];
    for (const id of new Set(ids)) {
      const record = collection.get(id);
      if (!record) {
        throw new AwsApiError(
          declaration.ids.notFoundCode,
          `The ${declaration.ids.notFoundNoun} '${id}' does not exist`,
          400,
        );
      }
      if (!predicate || predicate(record)) items.push(record);
    }
    output = { [declaration.items]: items };
  } else {
    const limits = declaration.pageLimits;
    const paging: PagingDeclaration = { items: declaration.items, ...(limits ? { limits } : {}) };
    // an operation without pagination answers everything, whatever MaxResults says
    output = pageOf(collection, limits ? input : { ...input, MaxResults: undefined }, paging, call, predicate);
  }
  const itemOf = declaration.itemOf;
  if (itemOf) {
    output[declaration.items] = (output[declaration.items] as SimRecordByKind[K][]).map((record) =>
      itemOf(record, scope),
    );
  }
  return output;
}
