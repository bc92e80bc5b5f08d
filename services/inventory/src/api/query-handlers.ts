import { NEIGHBOR_LIMITS } from '@cloud-inventory/graph-store';
import type {
  ChangeKind,
  ChangeQuery,
  Direction,
  GraphStore,
  PropertyCondition,
  PropertyOperator,
  RelatedCondition,
  RelatedStep,
  ResourceFilter,
} from '@cloud-inventory/graph-store';
import { InvalidArgumentError } from '@cloud-inventory/protocol';
import type { InventoryApi } from '@cloud-inventory/protocol';
import { ResourceNotFoundError } from '../errors.js';
import { decodePageToken, encodePageToken } from './page-token.js';
import { enumList, isoInstant, pageSize, propertyValue, requireNonEmpty, stringList } from './request-validation.js';
import { fromStore } from './store-errors.js';
import { SummaryReuse } from './summary-reuse.js';
import { toApiChange, toApiEdge, toApiJob, toApiResource } from './to-api.js';

const operators: Record<string, PropertyOperator> = {
  EQ: 'eq',
  NE: 'ne',
  LT: 'lt',
  LTE: 'lte',
  GT: 'gt',
  GTE: 'gte',
  EXISTS: 'exists',
  CONTAINS: 'contains',
};
const directions: Record<string, Direction> = { DIRECTION_UNSPECIFIED: 'both', OUT: 'out', IN: 'in', BOTH: 'both' };
const changeKinds = { CREATED: 'created', UPDATED: 'updated', DELETED: 'deleted' } as const;
const orphanFilters: Record<string, boolean | undefined> = {
  ORPHAN_FILTER_UNSPECIFIED: undefined,
  ONLY_ORPHANED: true,
  EXCLUDE_ORPHANED: false,
};

type SummaryCounts = Omit<InventoryApi.GetSummaryResponse, 'last_job'>;

export function queryHandlers({ store, runner }: { store: GraphStore; runner: { readonly syncing: boolean } }) {
  const summaries = new SummaryReuse<SummaryCounts>(() => runner.syncing);
  return {
    async ListResources(
      request: InventoryApi.ListResourcesRequest__Output,
    ): Promise<InventoryApi.ListResourcesResponse> {
      const filter = resourceFilter(request);
      const limit = pageSize('page_size', request.page_size, 100);
      const page = await fromStore(() =>
        store.listResources(filter, { limit, pageToken: decodePageToken(request.page_token, filter) }),
      );
      return { resources: page.items.map(toApiResource), next_page_token: encodePageToken(page.nextPageToken, filter) };
    },

    async GetResource(request: InventoryApi.GetResourceRequest__Output): Promise<InventoryApi.Resource> {
      const uid = requireNonEmpty('uid', request.uid);
      const resource = await fromStore(() => store.getResource(uid));
      if (!resource) throw new ResourceNotFoundError(uid);
      return toApiResource(resource);
    },

    async GetNeighbors(request: InventoryApi.GetNeighborsRequest__Output): Promise<InventoryApi.GetNeighborsResponse> {
      const uid = requireNonEmpty('uid', request.uid);
      const depth = request.depth === 0 ? 1 : request.depth;
      if (depth < 1 || depth > 5) throw new InvalidArgumentError('depth', 'must be from 1 to 5');
      const direction = directions[request.direction];
      if (!direction) throw new InvalidArgumentError('direction', 'must be OUT, IN or BOTH');
      const edgeTypes = stringList('edge_types', request.edge_types);
      const limit = pageSize('limit', request.limit, NEIGHBOR_LIMITS.defaultResources, NEIGHBOR_LIMITS.maxResources);
      const neighborhood = await fromStore(() =>
        store.neighbors(uid, { depth, direction, limit, ...(edgeTypes.length > 0 ? { edgeTypes } : {}) }),
      );
      return {
        resources: neighborhood.resources.map(toApiResource),
        edges: neighborhood.edges.map(toApiEdge),
        truncated: neighborhood.truncated,
      };
    },

    async ListChanges(request: InventoryApi.ListChangesRequest__Output): Promise<InventoryApi.ListChangesResponse> {
      const query: ChangeQuery = {
        ...(request.sync_id ? { syncId: request.sync_id } : {}),
        ...(request.kinds.length > 0 ? { kinds: stringList('kinds', request.kinds) } : {}),
        ...(request.changes.length > 0 ? { changes: changeList(request.changes) } : {}),
      };
      const since = isoInstant('since', request.since);
      const until = isoInstant('until', request.until);
      if (since) query.since = since;
      if (until) query.until = until;
      if (since && until && since > until) throw new InvalidArgumentError('until', 'must not be before since');
      const limit = pageSize('page_size', request.page_size, 100);
      const page = await fromStore(() =>
        store.listChanges(query, { limit, pageToken: decodePageToken(request.page_token, query) }),
      );
      return { changes: page.items.map(toApiChange), next_page_token: encodePageToken(page.nextPageToken, query) };
    },

    async GetSummary(request: InventoryApi.GetSummaryRequest__Output): Promise<InventoryApi.GetSummaryResponse> {
      const filter: ResourceFilter = {
        ...(request.accounts.length > 0 ? { accounts: stringList('accounts', request.accounts) } : {}),
        ...(request.regions.length > 0 ? { regions: stringList('regions', request.regions) } : {}),
        ...(request.kinds.length > 0 ? { kinds: stringList('kinds', request.kinds) } : {}),
      };
      const countByField = request.count_by === '' ? undefined : request.count_by;
      const counts = () => summaryCounts(filter, countByField);
      const [summary, lastJobs] = await Promise.all([
        summaries.get(JSON.stringify([filter, countByField]), counts),
        // The last job is always read afresh: it is one row, and a running job's progress shows in it.
        fromStore(() => store.listJobs({}, { limit: 1 })),
      ]);
      const lastJob = lastJobs.items[0];
      return { ...summary, ...(lastJob ? { last_job: toApiJob(lastJob) } : {}) };
    },
  };

  async function summaryCounts(filter: ResourceFilter, countByField: string | undefined): Promise<SummaryCounts> {
    const countBy = async (field: string) => {
      const rows = await fromStore(() => store.aggregate({ filter, groupBy: [field], value: { op: 'count' } }));
      return rows
        .map((row) => ({ key: row.group[field] ?? '', count: row.value }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    };
    const [byKind, byAccount, byRegion, totalEdges, orphaned, byField] = await Promise.all([
      countBy('kind'),
      countBy('account'),
      countBy('region'),
      // Without a filter the store may count from its statistics (Neo4j's count store) instead of a scan.
      fromStore(() => store.countEdges(Object.keys(filter).length > 0 ? { from: filter } : {})),
      fromStore(() => store.aggregate({ filter: { ...filter, orphaned: true }, groupBy: [] })),
      countByField === undefined
        ? undefined
        : countBy(countByField).catch((error: unknown) => {
            throw asCountByError(error);
          }),
    ]);
    return {
      total_resources: byKind.reduce((sum, row) => sum + row.count, 0),
      total_edges: totalEdges,
      by_kind: byKind,
      by_account: byAccount,
      by_region: byRegion,
      orphaned_resources: orphaned[0]?.value ?? 0,
      by_field: byField ?? [],
    };
  }
}

/** The store names the field it groups by `groupBy[0]`; the request calls it count_by. */
function asCountByError(error: unknown): unknown {
  return error instanceof InvalidArgumentError && error.field.startsWith('groupBy')
    ? new InvalidArgumentError('count_by', error.message.slice(error.field.length + 2))
    : error;
}

function resourceFilter(request: InventoryApi.ListResourcesRequest__Output): ResourceFilter {
  const filter: ResourceFilter = {};
  const lists = [
    ['uids', 'uids'],
    ['kinds', 'kinds'],
    ['clouds', 'clouds'],
    ['accounts', 'accounts'],
    ['regions', 'regions'],
    ['service_groups', 'serviceGroups'],
  ] as const;
  for (const [field, storeField] of lists) {
    if (request[field].length > 0) filter[storeField] = stringList(field, request[field]);
  }
  if (request.tags.length > 0) {
    filter.tags = request.tags.map((tag, index) => ({
      key: requireNonEmpty(`tags[${index}].key`, tag.key),
      ...(tag.value !== undefined && tag.value !== null ? { value: tag.value } : {}),
    }));
  }
  if (request.properties.length > 0) filter.properties = request.properties.map((c, i) => propertyCondition(c, i));
  if (request.related.length > 0) filter.related = request.related.map(relatedCondition);
  if (!Object.hasOwn(orphanFilters, request.orphaned))
    throw new InvalidArgumentError('orphaned', 'must be ONLY_ORPHANED or EXCLUDE_ORPHANED');
  const orphaned = orphanFilters[request.orphaned];
  if (orphaned !== undefined) filter.orphaned = orphaned;
  return filter;
}

const stepDirections: Record<string, 'out' | 'in'> = { OUT: 'out', IN: 'in' };

function relatedCondition(condition: InventoryApi.RelatedCondition__Output, index: number): RelatedCondition {
  const field = `related[${index}]`;
  if (condition.path.length === 0) throw new InvalidArgumentError(`${field}.path`, 'must have at least one step');
  const path = condition.path.map((step, stepIndex): RelatedStep => {
    const direction = stepDirections[step.direction];
    if (!direction) throw new InvalidArgumentError(`${field}.path[${stepIndex}].direction`, 'must be OUT or IN');
    return {
      direction,
      ...(step.edge_types.length > 0
        ? { edgeTypes: stringList(`${field}.path[${stepIndex}].edge_types`, step.edge_types) }
        : {}),
      ...(step.kinds.length > 0 ? { kinds: stringList(`${field}.path[${stepIndex}].kinds`, step.kinds) } : {}),
    };
  });
  return {
    path,
    ...(condition.absent ? { absent: true } : {}),
    ...(condition.properties.length > 0
      ? { properties: condition.properties.map((c, i) => propertyCondition(c, i, `${field}.`)) }
      : {}),
  };
}

function propertyCondition(
  condition: InventoryApi.PropertyCondition__Output,
  index: number,
  prefix = '',
): PropertyCondition {
  const field = `${prefix}properties[${index}]`;
  const property = requireNonEmpty(`${field}.property`, condition.property);
  const op = operators[condition.op];
  if (!op) throw new InvalidArgumentError(`${field}.op`, `must be one of ${Object.keys(operators).join(', ')}`);
  if (op === 'exists') return { property, op };
  if (condition.value === '' && op !== 'eq' && op !== 'ne')
    throw new InvalidArgumentError(`${field}.value`, 'is required for this operator');
  return { property, op, value: op === 'contains' ? condition.value : propertyValue(condition.value) };
}

function changeList(values: string[]): ChangeKind[] {
  return enumList('changes', values, ['CREATED', 'UPDATED', 'DELETED'] as const).map((value) => changeKinds[value]);
}
