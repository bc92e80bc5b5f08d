import { SEARCH_LIMITS } from '@cloud-inventory/graph-store';
import { mergeRequestLimits, type ServiceRequestLimits } from '@cloud-inventory/protocol';
import { filterConditionLimits, filterListLimits, maxEntries, maxLength } from '../../api/request-limits.js';

/** The React service's bounds, method by method (the same kinds of strings as the Inventory service's). */
export const reactRequestLimits: ServiceRequestLimits = {
  QueryMetrics: { strings: { 'names[]': maxLength.id }, lists: { names: maxEntries.names } },
  ListActions: { strings: { policy: maxLength.id, page_token: maxLength.pageToken }, lists: {} },
  PlanActions: { strings: { 'policies[]': maxLength.id }, lists: { policies: maxEntries.names } },
  RunActions: { strings: { 'policies[]': maxLength.id }, lists: { policies: maxEntries.names } },
  CreateAutomation: mergeRequestLimits(
    filterListLimits('automation.filter.', ['kinds', 'accounts', 'regions']),
    filterConditionLimits('automation.filter.'),
    {
      strings: {
        'automation.name': maxLength.id,
        'automation.cron': maxLength.cron,
        'automation.webhook.url': maxLength.url,
        'automation.resource_action.policy': maxLength.id,
        'automation.log.message': maxLength.logMessage,
        'automation.query': SEARCH_LIMITS.textLength,
        // Output fields of Automation; ignored in a request, bounded all the same.
        'automation.source': maxLength.id,
        'automation.next_run_at': maxLength.instant,
      },
      lists: {},
    },
  ),
  ListAutomations: { strings: {}, lists: {} },
  DeleteAutomation: { strings: { name: maxLength.id }, lists: {} },
  RunAutomationNow: { strings: { name: maxLength.id }, lists: {} },
  ListAutomationRuns: { strings: { automation: maxLength.id, page_token: maxLength.pageToken }, lists: {} },
};
