import { InvalidArgumentError, type ReactApi } from '@cloud-inventory/protocol';
import { ConfigError } from '../../errors.js';
import { propertyValue } from '../../api/request-validation.js';
import { parseAutomation } from '../config/parse-react-config.js';
import type { AutomationDefinition } from '../config/react-config.js';
import type { WebhookTargetPolicy } from '../automations/webhook-target.js';

/** A job from CreateJob: the same validation as the configuration, its errors naming the request's fields. */
export function automationFromApi(
  job: ReactApi.Automation__Output | null,
  targets: WebhookTargetPolicy,
): AutomationDefinition {
  if (!job) throw new InvalidArgumentError('job', 'is required');
  const filter = job.filter;
  const raw = {
    name: job.name,
    trigger:
      job.trigger === 'cron'
        ? { cron: job.cron }
        : job.trigger === 'event'
          ? { event: (job.event?.event ?? '').replace(/^AUTOMATION_EVENT_/, '').toLowerCase() }
          : {},
    filter: {
      kinds: filter?.kinds,
      accounts: filter?.accounts,
      regions: filter?.regions,
      tags: filter?.tags.map((tag) =>
        tag.value === undefined ? { key: tag.key } : { key: tag.key, value: tag.value },
      ),
      properties: filter?.properties.map((condition) => ({
        property: condition.property,
        op: condition.op === 'PROPERTY_OPERATOR_UNSPECIFIED' ? 'invalid' : condition.op.toLowerCase(),
        ...(condition.op === 'EXISTS' ? {} : { value: propertyValue(condition.value) }),
      })),
    },
    action: job.webhook
      ? { webhook: { url: job.webhook.url } }
      : job.resource_action
        ? { resourceAction: { policy: job.resource_action.policy } }
        : job.log
          ? { log: { message: job.log.message } }
          : {},
  };
  try {
    return parseAutomation(raw, 'job', 'api', targets);
  } catch (error) {
    if (error instanceof ConfigError) throw new InvalidArgumentError(apiField(error.key), error.problem);
    throw error;
  }
}

/** Config keys in API terms: job.action.resourceAction -> job.resource_action, job.trigger.cron -> job.cron. */
function apiField(key: string): string {
  return key
    .replace(/^job\.trigger\.event/, 'job.event.event')
    .replace(/^job\.trigger/, 'job.cron')
    .replace(/^job\.action\.resourceAction/, 'job.resource_action')
    .replace(/^job\.action\.(webhook|log)/, 'job.$1')
    .replace(/^job\.action/, 'job.webhook');
}
