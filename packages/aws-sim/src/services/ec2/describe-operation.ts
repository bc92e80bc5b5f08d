import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimKind } from '../../options.js';
import type { SimRecordByKind } from '../../world/records.js';
import type { DescribeSpec } from './describe-specs.js';
import { buildFilterPredicate } from './filters.js';
import { encodeNextToken, readPageRequest, requestKeyOf } from './pagination.js';
import type { QueryParams } from './query-params.js';

type Predicate<T> = (record: T) => boolean;

/** Operation-specific selectors besides ids and filters: Owner.N, GroupName.N, PublicIp.N. */
function selectorPredicate<K extends SimKind>(
  spec: DescribeSpec<K>,
  params: QueryParams,
  account: string,
): Predicate<SimRecordByKind[K]> | undefined {
  if (spec.kind === 'snapshot' || spec.kind === 'image') {
    const owners = params.list('Owner').map((owner) => (owner === 'self' ? account : owner));
    if (owners.length === 0) return undefined;
    return (record) => owners.includes((record as { OwnerId: string }).OwnerId);
  }
  if (spec.kind === 'securityGroup') {
    const names = params.list('GroupName');
    if (names.length === 0) return undefined;
    return (record) => names.includes((record as SimRecordByKind['securityGroup']).GroupName);
  }
  if (spec.kind === 'address') {
    const ips = params.list('PublicIp');
    if (ips.length === 0) return undefined;
    return (record) => ips.includes((record as SimRecordByKind['address']).PublicIp);
  }
  return undefined;
}

function both<T>(a: Predicate<T> | undefined, b: Predicate<T> | undefined): Predicate<T> | undefined {
  if (!a) return b;
  if (!b) return a;
  return (record) => a(record) && b(record);
}

/** Answers a Describe* call: explicit ids (all must exist), filters, selectors, then one page. */
export function describeResources<K extends SimKind>(
  action: string,
  spec: DescribeSpec<K>,
  params: QueryParams,
  context: CallContext,
): string {
  const account = context.identity.accountId;
  const scope = { account, region: context.region };
  const collection = context.world.collection(spec.kind, account, context.region);
  const predicate = both(
    buildFilterPredicate(spec.filters, params.filters()),
    selectorPredicate(spec, params, account),
  );
  const ids = params.list(spec.idParam);
  let items: SimRecordByKind[K][];
  let nextToken: string | undefined;
  if (ids.length > 0) {
    if (spec.idsExcludeMaxResults && params.get('MaxResults') !== undefined) {
      throw new AwsApiError(
        'InvalidParameterCombination',
        'The parameter instancesSet cannot be used with the parameter maxResults',
        400,
      );
    }
    items = [];
    for (const id of new Set(ids)) {
      const record = collection.get(id);
      if (!record) throw new AwsApiError(spec.notFoundCode, `The ${spec.notFoundNoun} '${id}' does not exist`, 400);
      if (!predicate || predicate(record)) items.push(record);
    }
  } else {
    const requestKey = requestKeyOf(action, account, context.region, params.entries());
    const page = readPageRequest(params, spec.pageLimits, requestKey);
    const result = collection.scan(page.start, page.limit ?? Number.POSITIVE_INFINITY, predicate);
    items = result.items;
    if (result.next !== undefined) nextToken = encodeNextToken(result.next, requestKey);
  }
  let body = '';
  for (const item of items) body += `<item>${spec.render(item, scope)}</item>`;
  const list = body === '' ? `<${spec.resultElement}/>` : `<${spec.resultElement}>${body}</${spec.resultElement}>`;
  return list + (nextToken === undefined ? '' : `<nextToken>${nextToken}</nextToken>`);
}
