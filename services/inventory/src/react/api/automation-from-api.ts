import { InvalidArgumentError, type ReactApi } from '@cloud-inventory/protocol';
import { ConfigError } from '../../errors.js';
import { propertyValue } from '../../api/request-validation.js';
import { parseAutomation } from '../config/parse-react-config.js';
import type { AutomationDefinition } from '../config/react-config.js';
import type { WebhookTargetPolicy } from '../automations/webhook-target.js';

/** An automation from CreateAutomation: the same validation as the configuration, its errors naming the request's fields. */
export function automationFromApi(
  automation: ReactApi.Automation__Output | null,
  targets: WebhookTargetPolicy,
): AutomationDefinition {
  if (!automation) throw new InvalidArgumentError('automation', 'is required');
  const filter = automation.filter;
  const raw = {
    name: automation.name,
    trigger:
      automation.trigger === 'cron'
        ? { cron: automation.cron }
        : automation.trigger === 'event'
          ? { event: (automation.event?.event ?? '').replace(/^AUTOMATION_EVENT_/, '').toLowerCase() }
          : {},
    ...(automation.query !== '' ? { query: automation.query } : {}),
    ...(automation.query !== '' && !hasConditions(filter) ? {} : { filter: filterOf(filter) }),
    action: automation.webhook
      ? { webhook: { url: automation.webhook.url } }
      : automation.resource_action
        ? { resourceAction: { policy: automation.resource_action.policy } }
        : automation.log
          ? { log: { message: automation.log.message } }
          : {},
  };
  try {
    return parseAutomation(raw, 'automation', 'api', targets);
  } catch (error) {
    if (error instanceof ConfigError) throw new InvalidArgumentError(apiField(error.key), error.problem);
    throw error;
  }
}

/** Config keys in API terms: automation.action.resourceAction -> automation.resource_action, automation.trigger.cron -> automation.cron. */
function apiField(key: string): string {
  return key
    .replace(/^automation\.trigger\.event/, 'automation.event.event')
    .replace(/^automation\.trigger/, 'automation.cron')
    .replace(/^automation\.action\.resourceAction/, 'automation.resource_action')
    .replace(/^automation\.action\.(webhook|log)/, 'automation.$1')
    .replace(/^automation\.action/, 'automation.webhook');
}

type ApiFilter = ReactApi.Automation__Output['filter'];

function hasConditions(filter: ApiFilter): boolean {
  if (!filter) return false;
  return [filter.kinds, filter.accounts, filter.regions, filter.tags, filter.properties].some(
    (list) => list.length > 0,
  );
}

function filterOf(filter: ApiFilter): Record<string, unknown> {
  return {
    kinds: filter?.kinds,
    accounts: filter?.accounts,
    regions: filter?.regions,
    tags: filter?.tags.map((tag) => (tag.value === undefined ? { key: tag.key } : { key: tag.key, value: tag.value })),
    properties: filter?.properties.map((condition) => ({
      property: condition.property,
      op: condition.op === 'PROPERTY_OPERATOR_UNSPECIFIED' ? 'invalid' : condition.op.toLowerCase(),
      ...(condition.op === 'EXISTS' ? {} : { value: propertyValue(condition.value) }),
    })),
  };
}
