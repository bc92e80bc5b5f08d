import { FILTER_LIMITS, SEARCH_LIMITS } from '@cloud-inventory/graph-store';
import { mergeRequestLimits, type RequestLimits, type ServiceRequestLimits } from '@cloud-inventory/protocol';

/**
 * The longest value, in characters, of each kind of string the inventory's APIs accept (README.md, "Limits").
 * AWS sets several: ARNs up to 2048, tag keys 128 and tag values 256 Unicode characters.
 */
export const maxLength = {
  uid: 2048,
  /** Job, sync and run ids (UUIDs), and the names of accounts, policies, automations and metrics. */
  id: 128,
  kind: 128,
  cloud: 32,
  account: 128,
  region: 32,
  /** A task's service, such as `ec2`. */
  service: 64,
  /** A resource's service group, such as `EC2`. */
  serviceGroup: 64,
  tagKey: 128,
  tagValue: 256,
  property: 128,
  propertyValue: 1024,
  edgeType: 128,
  instant: 64,
  /**
   * Page tokens wrap a store token that may hold a uid: 2048 characters of up to 4 UTF-8 bytes, base64 twice over
   * (about 8/3 of the bytes), fit in 32 KiB.
   */
  pageToken: 32_768,
  url: 2048,
  cron: 128,
  logMessage: 1024,
} as const;

/** The most entries of the lists that are not filters (FILTER_LIMITS bounds those, the same for both stores). */
export const maxEntries = {
  syncTargets: 100,
  edgeTypes: 100,
  enumValues: 16,
  names: 100,
} as const;

type FilterList = 'uids' | 'kinds' | 'clouds' | 'accounts' | 'regions' | 'service_groups';

const listEntryLength: Record<FilterList, number> = {
  uids: maxLength.uid,
  kinds: maxLength.kind,
  clouds: maxLength.cloud,
  accounts: maxLength.account,
  regions: maxLength.region,
  service_groups: maxLength.serviceGroup,
};

/** The bounds of a resource filter's lists, below `prefix` (`''` for ListResources, `automation.filter.` for automations). */
export function filterListLimits(prefix: string, lists: readonly FilterList[]): RequestLimits {
  return {
    strings: Object.fromEntries(lists.map((list) => [`${prefix}${list}[]`, listEntryLength[list]])),
    lists: Object.fromEntries(lists.map((list) => [`${prefix}${list}`, FILTER_LIMITS.listEntries])),
  };
}

/** The bounds of a resource filter's tag and property conditions, below `prefix`. */
export function filterConditionLimits(prefix: string): RequestLimits {
  return {
    strings: {
      [`${prefix}tags[].key`]: maxLength.tagKey,
      [`${prefix}tags[].value`]: maxLength.tagValue,
      [`${prefix}properties[].property`]: maxLength.property,
      [`${prefix}properties[].value`]: maxLength.propertyValue,
    },
    lists: {
      [`${prefix}tags`]: FILTER_LIMITS.tagConditions,
      [`${prefix}properties`]: FILTER_LIMITS.propertyConditions,
    },
  };
}

/** The Inventory service's bounds, method by method. */
export const inventoryRequestLimits: ServiceRequestLimits = {
  StartSync: {
    strings: { 'accounts[]': maxLength.account, 'services[]': maxLength.service, 'regions[]': maxLength.region },
    lists: { accounts: maxEntries.syncTargets, services: maxEntries.syncTargets, regions: maxEntries.syncTargets },
  },
  GetJob: { strings: { job_id: maxLength.id }, lists: {} },
  ListJobs: {
    strings: { account: maxLength.account, page_token: maxLength.pageToken },
    lists: { states: maxEntries.enumValues },
  },
  CancelJob: { strings: { job_id: maxLength.id }, lists: {} },
  ListResources: mergeRequestLimits(
    filterListLimits('', ['uids', 'kinds', 'clouds', 'accounts', 'regions', 'service_groups']),
    filterConditionLimits(''),
    {
      strings: {
        page_token: maxLength.pageToken,
        'related[].properties[].property': maxLength.property,
        'related[].properties[].value': maxLength.propertyValue,
        'related[].path[].edge_types[]': maxLength.edgeType,
        'related[].path[].kinds[]': maxLength.kind,
      },
      lists: {
        related: FILTER_LIMITS.relatedConditions,
        'related[].path': FILTER_LIMITS.relatedSteps,
        'related[].path[].edge_types': maxEntries.edgeTypes,
        'related[].path[].kinds': FILTER_LIMITS.listEntries,
        'related[].properties': FILTER_LIMITS.propertyConditions,
      },
    },
  ),
  GetResource: { strings: { uid: maxLength.uid }, lists: {} },
  GetNeighbors: {
    strings: { uid: maxLength.uid, 'edge_types[]': maxLength.edgeType },
    lists: { edge_types: maxEntries.edgeTypes },
  },
  ListChanges: {
    strings: {
      sync_id: maxLength.id,
      'kinds[]': maxLength.kind,
      since: maxLength.instant,
      until: maxLength.instant,
      page_token: maxLength.pageToken,
    },
    lists: { kinds: FILTER_LIMITS.listEntries, changes: maxEntries.enumValues },
  },
  GetSummary: mergeRequestLimits(filterListLimits('', ['accounts', 'regions', 'kinds']), {
    // tag:<key> or data.<key>
    strings: { count_by: 'data.'.length + Math.max(maxLength.tagKey, maxLength.property) },
    lists: {},
  }),
  PurgeResources: filterListLimits('', ['accounts', 'regions', 'service_groups']),
  // A structured query's bounds are the search's own (validateSearch, SEARCH_LIMITS), checked with the field's path.
  Search: { strings: { text: SEARCH_LIMITS.textLength, page_token: maxLength.pageToken }, lists: {} },
};
