import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { Ec2DescribeDeclaration, Ec2Selector } from '../../kinds/ec2-describe.js';
import { KIND_SPECS, kindSpec, type SimKind, type SimRecordByKind } from '../../kinds/index.js';
import { ec2QueryName, ec2XmlName } from './ec2-wire-names.js';
import { buildFilterPredicate } from './filters.js';
import { ITEM_RENDERERS } from './item-renderers.js';
import { encodeNextToken, readPageRequest, requestKeyOf } from './pagination.js';
import type { QueryParams } from './query-params.js';

type Predicate<T> = (record: T) => boolean;

/** One kind's Describe* with the wire names of its members, read once from the SDK's EC2 model. */
interface DescribeOperation<K extends SimKind> {
  kind: K;
  declaration: Ec2DescribeDeclaration<SimRecordByKind[K]>;
  idParam: string;
  resultElement: string;
  selectors: { param: string; selector: Ec2Selector<SimRecordByKind[K]> }[];
}

function operationOf<K extends SimKind>(kind: K): DescribeOperation<K> | undefined {
  const declaration = kindSpec(kind).describe;
  if (!declaration) return undefined;
  const { operation } = declaration;
  return {
    kind,
    declaration,
    idParam: ec2QueryName(operation, declaration.ids.member),
    resultElement: ec2XmlName(operation, declaration.items),
    selectors: (declaration.selectors ?? []).map((selector) => ({
      param: ec2QueryName(operation, selector.member),
      selector,
    })),
  };
}

/** Operation-specific selectors besides ids and filters: Owner.N, GroupName.N, PublicIp.N. */
function selectorPredicate<K extends SimKind>(
  operation: DescribeOperation<K>,
  params: QueryParams,
  account: string,
): Predicate<SimRecordByKind[K]> | undefined {
  let predicate: Predicate<SimRecordByKind[K]> | undefined;
  for (const { param, selector } of operation.selectors) {
    const wanted = params.list(param).map((value) => (selector.selfIsCaller && value === 'self' ? account : value));
    if (wanted.length === 0) continue;
    const matches: Predicate<SimRecordByKind[K]> = (record) => wanted.includes(selector.valueOf(record) as string);
    predicate = both(predicate, matches);
  }
  return predicate;
}

function both<T>(a: Predicate<T> | undefined, b: Predicate<T> | undefined): Predicate<T> | undefined {
  if (!a) return b;
  if (!b) return a;
  return (record) => a(record) && b(record);
}

/** Answers a Describe* call: explicit ids (all must exist), filters, selectors, then one page. */
function describeResources<K extends SimKind>(
  operation: DescribeOperation<K>,
  params: QueryParams,
  context: CallContext,
): string {
  const { declaration } = operation;
  const account = context.identity.accountId;
  const scope = { account, region: context.region };
  const collection = context.world.collection(operation.kind, account, context.region);
  const predicate = both(
    buildFilterPredicate(declaration.filters, params.filters()),
    selectorPredicate(operation, params, account),
  );
  const ids = params.list(operation.idParam);
  let items: SimRecordByKind[K][];
  let nextToken: string | undefined;
  if (ids.length > 0) {
    if (declaration.idsExcludeMaxResults && params.get('MaxResults') !== undefined) {
      throw new AwsApiError(
        'InvalidParameterCombination',
        'The parameter instancesSet cannot be used with the parameter maxResults',
        400,
      );
    }
    items = [];
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
  } else {
    const requestKey = requestKeyOf(declaration.operation, account, context.region, params.entries());
    const page = readPageRequest(params, declaration.pageLimits, requestKey);
    const result = collection.scan(page.start, page.limit ?? Number.POSITIVE_INFINITY, predicate);
    items = result.items;
    if (result.next !== undefined) nextToken = encodeNextToken(result.next, requestKey);
  }
  const render = ITEM_RENDERERS[operation.kind] as (record: SimRecordByKind[K], at: typeof scope) => string;
  let body = '';
  for (const item of items) body += `<item>${render(item, scope)}</item>`;
  const element = operation.resultElement;
  const list = body === '' ? `<${element}/>` : `<${element}>${body}</${element}>`;
  return list + (nextToken === undefined ? '' : `<nextToken>${nextToken}</nextToken>`);
}

/** Every Describe* operation a kind declares, answered by the generic describe. */
export const DESCRIBE_OPERATIONS: Readonly<Record<string, (params: QueryParams, context: CallContext) => string>> =
  Object.fromEntries(
    KIND_SPECS.flatMap(({ kind }) => {
      const operation = operationOf(kind);
      if (!operation) return [];
      return [
        [
          operation.declaration.operation,
          (params: QueryParams, context: CallContext) => describeResources(operation, params, context),
        ],
      ];
    }),
  );
