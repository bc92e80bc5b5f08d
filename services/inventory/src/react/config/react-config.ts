import type { Aggregation, ResourceFilter, ResourceSearch, SearchQuery } from '@cloud-inventory/graph-store';

/** The react section of the inventory configuration, validated. */
export interface ReactConfig {
  metrics: { custom: CustomMetricDefinition[] };
  actions: ActionsConfig;
  automations: AutomationDefinition[];
  webhook: WebhookSettings;
}

export type MetricValue = { op: 'count' } | { op: 'sum' | 'min' | 'max'; property: string };

/**
 * A query in the search language from configuration: its text and what it parses to, validated against the search
 * limits. Kind names and families are checked, and families and relative times resolved, each time it runs (the
 * collectors declare the families in a sync, and `now` moves).
 */
export interface ReactQuery<Query extends SearchQuery = ResourceSearch> {
  /** Where it is configured (`react.metrics.custom[0].query`): errors of its runs name it. */
  key: string;
  text: string;
  query: Query;
}

/** Which resources a policy or an automation is about: a ListResources filter, or a search's answer. */
export type ResourceSelection = { by: 'filter'; filter: ResourceFilter } | { by: 'query'; query: ReactQuery };

/** A user-defined gauge: the resources of a filter, grouped and counted or summed, or a search's aggregation. */
export interface CustomMetricDefinition {
  name: string;
  help: string;
  measure: FilterMeasure | QueryMeasure;
}

/** store.aggregate over a ListResources filter. */
export interface FilterMeasure {
  by: 'filter';
  filter: ResourceFilter;
  /** Store group fields (kind, account, region, tag:<key>, data.<key>); each becomes a label. */
  groupBy: string[];
  value: MetricValue;
}

/**
 * A search ending in an aggregation (written in the query, or made of groupBy and value given beside it); of
 * resources, or of change records (`changes where change = deleted since -1d | count by kind`).
 */
export interface QueryMeasure {
  by: 'query';
  query: ReactQuery<SearchQuery & { aggregate: Aggregation }>;
}

export interface ActionsConfig {
  /** Resources with this tag (and value) are never touched by any action. */
  protectionTag: { key: string; value: string };
  /** Evaluate the policies after each successful sync (default true). */
  runAfterSync: boolean;
  policies: ActionPolicy[];
}

interface PolicyBase {
  name: string;
  /** Default true: only log and record what would happen. */
  dryRun: boolean;
  /** Which resources the policy looks at: a ListResources filter (kinds required) or a query (every page). */
  selection: ResourceSelection;
}

export interface CleanupUntaggedPolicy extends PolicyBase {
  type: 'cleanup_untagged';
  olderThanDays: number;
  /** Tags that do not count as tagging (such as Name). */
  ignoreTags: string[];
}

export interface CleanupExpiredPolicy extends PolicyBase {
  type: 'cleanup_expired';
  /** The tag holding the expiry date (ISO-8601 date or date-time). */
  tag: string;
}

export interface RequireTagsPolicy extends PolicyBase {
  type: 'require_tags';
  /** A missing tag with a default is created with it; without one the resource is only reported. */
  required: { key: string; default?: string }[];
}

export type ActionPolicy = CleanupUntaggedPolicy | CleanupExpiredPolicy | RequireTagsPolicy;

export type AutomationEventName = 'sync_finished' | 'resources_created' | 'resources_updated' | 'resources_deleted';

export type AutomationTrigger = { type: 'cron'; cron: string } | { type: 'event'; event: AutomationEventName };

export type AutomationAction =
  { type: 'webhook'; url: string } | { type: 'resource_action'; policy: string } | { type: 'log'; message: string };

export interface AutomationDefinition {
  name: string;
  trigger: AutomationTrigger;
  /** Which resources a run is about; for change events, which of the changed resources. */
  selection: ResourceSelection;
  action: AutomationAction;
  source: 'config' | 'api';
}

export interface WebhookSettings {
  /** Deliveries tried per run, the first included. */
  attempts: number;
  /** Wait before the second attempt; doubles after each failure. */
  backoffMs: number;
  timeoutMs: number;
  /**
   * Webhooks may go to loopback and private ranges (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7). Link-local
   * and cloud metadata addresses are refused whatever this says.
   */
  allowPrivateNetworks: boolean;
}

export const defaultReactConfig: ReactConfig = {
  metrics: { custom: [] },
  actions: { protectionTag: { key: 'protected', value: 'true' }, runAfterSync: true, policies: [] },
  automations: [],
  webhook: { attempts: 4, backoffMs: 500, timeoutMs: 10_000, allowPrivateNetworks: false },
};
