import { mergeRequestLimits, type ServiceRequestLimits } from '@cloud-inventory/protocol';
import { filterConditionLimits, filterListLimits, maxEntries, maxLength } from '../../api/request-limits.js';

/** The React service's bounds, method by method (the same kinds of strings as the Inventory service's). */
export const reactRequestLimits: ServiceRequestLimits = {
  QueryMetrics: { strings: { 'names[]': maxLength.id }, lists: { names: maxEntries.names } },
  ListActions: { strings: { policy: maxLength.id, page_token: maxLength.pageToken }, lists: {} },
  PlanActions: { strings: { 'policies[]': maxLength.id }, lists: { policies: maxEntries.names } },
  RunActions: { strings: { 'policies[]': maxLength.id }, lists: { policies: maxEntries.names } },
  CreateJob: mergeRequestLimits(
    filterListLimits('job.filter.', ['kinds', 'accounts', 'regions']),
    filterConditionLimits('job.filter.'),
    {
      strings: {
        'job.name': maxLength.id,
        'job.cron': maxLength.cron,
        'job.webhook.url': maxLength.url,
        'job.resource_action.policy': maxLength.id,
        'job.log.message': maxLength.logMessage,
        // Output fields of Automation; ignored in a request, bounded all the same.
        'job.source': maxLength.id,
        'job.next_run_at': maxLength.instant,
      },
      lists: {},
    },
  ),
  ListJobs: { strings: {}, lists: {} },
  DeleteJob: { strings: { name: maxLength.id }, lists: {} },
  RunJobNow: { strings: { name: maxLength.id }, lists: {} },
  ListJobRuns: { strings: { job: maxLength.id, page_token: maxLength.pageToken }, lists: {} },
};
