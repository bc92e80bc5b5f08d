import { excerpt } from '@cloud-inventory/protocol';
import { ConfigReader } from '../../config/config-reader.js';
import { ConfigError } from '../../errors.js';
import { parseCronExpression } from '../../schedule/cron-expression.js';
import { cleanupActionByKind } from '../actions/kind-actions.js';
import { webhookUrlProblem, type WebhookTargetPolicy } from '../automations/webhook-target.js';
import { parseFilter } from './parse-filter.js';
import { parseMetric } from './parse-metric.js';
import { readSelectionQuery } from './parse-query.js';
import {
  defaultReactConfig,
  type ActionPolicy,
  type AutomationAction,
  type AutomationDefinition,
  type AutomationEventName,
  type AutomationTrigger,
  type ReactConfig,
  type ResourceSelection,
} from './react-config.js';

const namePattern = { regex: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, description: 'letters, digits, _ . -' };
const urlPattern = { regex: /^https?:\/\/\S+$/, description: 'an http(s) URL' };
const events: readonly AutomationEventName[] = [
  'sync_finished',
  'resources_created',
  'resources_updated',
  'resources_deleted',
];

/** Validates the `react` section (any shape) into the react configuration; the first problem throws. */
export function parseReactConfig(raw: unknown): ReactConfig {
  if (raw === undefined || raw === null) return structuredClone(defaultReactConfig);
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError('react', 'must be an object');
  const section = raw as Record<string, unknown>;
  const react = new ConfigReader(section, 'react');
  react.rejectUnknownKeys(['metrics', 'actions', 'automations', 'webhook']);

  const metrics = rawObject(section['metrics'], 'react.metrics');
  new ConfigReader(metrics, 'react.metrics').rejectUnknownKeys(['custom']);
  const custom = rawList(metrics['custom'], 'react.metrics.custom').map((item, index) =>
    parseMetric(rawObject(item, `react.metrics.custom[${index}]`), `react.metrics.custom[${index}]`),
  );
  rejectDuplicates(custom, 'react.metrics.custom');

  const actionsRaw = rawObject(section['actions'], 'react.actions');
  const actions = new ConfigReader(actionsRaw, 'react.actions');
  actions.rejectUnknownKeys(['protectionTag', 'runAfterSync', 'policies']);
  const protection = actions.object('protectionTag');
  protection.rejectUnknownKeys(['key', 'value']);
  const policies = rawList(actionsRaw['policies'], 'react.actions.policies').map((item, index) =>
    parsePolicy(item, `react.actions.policies[${index}]`),
  );
  rejectDuplicates(policies, 'react.actions.policies');

  const webhookReader = react.object('webhook');
  webhookReader.rejectUnknownKeys(['attempts', 'backoffMs', 'timeoutMs', 'allowPrivateNetworks']);
  const webhook = {
    attempts: webhookReader.integer('attempts', defaultReactConfig.webhook.attempts, { min: 1, max: 20 }),
    backoffMs: webhookReader.integer('backoffMs', defaultReactConfig.webhook.backoffMs, { min: 0, max: 600_000 }),
    timeoutMs: webhookReader.integer('timeoutMs', defaultReactConfig.webhook.timeoutMs, { min: 1, max: 600_000 }),
    allowPrivateNetworks: webhookReader.boolean('allowPrivateNetworks', false),
  };

  const automations = rawList(section['automations'], 'react.automations').map((item, index) => {
    const automation = parseAutomation(item, `react.automations[${index}]`, 'config', webhook);
    const action = automation.action;
    if (action.type === 'resource_action' && !policies.some((policy) => policy.name === action.policy)) {
      throw new ConfigError(
        `react.automations[${index}].action.resourceAction.policy`,
        `no policy ${excerpt(action.policy)}`,
      );
    }
    return automation;
  });
  rejectDuplicates(automations, 'react.automations');

  return {
    metrics: { custom },
    actions: {
      protectionTag: {
        key: protection.string('key', defaultReactConfig.actions.protectionTag.key),
        value: protection.string('value', defaultReactConfig.actions.protectionTag.value),
      },
      runAfterSync: actions.boolean('runAfterSync', true),
      policies,
    },
    automations,
    webhook,
  };
}

function parsePolicy(raw: unknown, path: string): ActionPolicy {
  const record = rawObject(raw, path);
  const policy = new ConfigReader(record, path);
  const type = policy.oneOf('type', ['cleanup_untagged', 'cleanup_expired', 'require_tags']);
  const common = ['name', 'type', 'dryRun', 'filter', 'query'];
  const selection = parseSelection(record, policy);
  if (selection.by === 'filter') checkPolicyKinds(selection.filter.kinds ?? [], type, policy);
  const base = {
    name: policy.string('name', undefined, namePattern),
    dryRun: policy.boolean('dryRun', true),
    selection,
  };
  if (type === 'cleanup_untagged') {
    policy.rejectUnknownKeys([...common, 'olderThanDays', 'ignoreTags']);
    return {
      ...base,
      type,
      olderThanDays: policy.integer('olderThanDays', 30, { min: 0, max: 36_500 }),
      ignoreTags: policy.stringList('ignoreTags'),
    };
  }
  if (type === 'cleanup_expired') {
    policy.rejectUnknownKeys([...common, 'tag']);
    return { ...base, type, tag: policy.string('tag', 'expires-on') };
  }
  policy.rejectUnknownKeys([...common, 'required']);
  const required = policy.objectList('required').map((tag) => {
    tag.rejectUnknownKeys(['key', 'default']);
    const fallback = tag.optionalString('default');
    return fallback === undefined ? { key: tag.string('key') } : { key: tag.string('key'), default: fallback };
  });
  if (required.length === 0) throw new ConfigError(policy.key('required'), 'must list at least one tag');
  return { ...base, type, required };
}

/**
 * A filter policy names the kinds it acts on, and a cleanup policy only kinds that have a cleanup action. A query's
 * kinds are known only when it runs: a resource it selects that cannot be cleaned up is reported (decide).
 */
function checkPolicyKinds(kinds: string[], type: ActionPolicy['type'], policy: ConfigReader): void {
  if (kinds.length === 0) throw new ConfigError(policy.key('filter.kinds'), 'must name the kinds the policy acts on');
  if (type === 'require_tags') return;
  kinds.forEach((kind, index) => {
    if (!cleanupActionByKind[kind]) {
      throw new ConfigError(
        `${policy.key('filter.kinds')}[${index}]`,
        `cannot clean up ${kind} (supported: ${Object.keys(cleanupActionByKind).join(', ')})`,
      );
    }
  });
}

/** `filter` or `query`, not both; neither is the empty filter (every resource). */
function parseSelection(record: Record<string, unknown>, reader: ConfigReader): ResourceSelection {
  if (!reader.has('query')) return { by: 'filter', filter: parseFilter(record['filter'], reader.key('filter')) };
  if (reader.has('filter')) throw new ConfigError(reader.key('query'), 'give either filter or query, not both');
  return { by: 'query', query: readSelectionQuery(reader.string('query'), reader.key('query')) };
}

/** An automation from configuration or from the API (whose object has the same shape); webhook URLs meet `targets`. */
export function parseAutomation(
  raw: unknown,
  path: string,
  source: 'config' | 'api',
  targets: WebhookTargetPolicy,
): AutomationDefinition {
  const record = rawObject(raw, path);
  const automation = new ConfigReader(record, path);
  automation.rejectUnknownKeys(['name', 'trigger', 'filter', 'query', 'action']);
  const name = automation.string('name', undefined, namePattern);
  const trigger = parseTrigger(automation.object('trigger'));
  const selection = parseSelection(record, automation);
  if (selection.by === 'query' && trigger.type === 'event' && trigger.event === 'resources_deleted') {
    throw new ConfigError(
      automation.key('query'),
      'a query runs on the graph, which deleted resources have left: match resources_deleted with a filter',
    );
  }
  return { name, trigger, selection, action: parseAction(automation.object('action'), targets), source };
}

function parseTrigger(trigger: ConfigReader): AutomationTrigger {
  trigger.rejectUnknownKeys(['cron', 'event']);
  if (trigger.has('cron') === trigger.has('event'))
    throw new ConfigError(trigger.path, 'give exactly one of cron, event');
  if (trigger.has('event')) return { type: 'event', event: trigger.oneOf('event', events) };
  const cron = trigger.string('cron');
  try {
    parseCronExpression(cron);
  } catch {
    // The parser's own message quotes the field raw: only an escaped excerpt of the input goes back.
    throw new ConfigError(trigger.key('cron'), `is not a valid cron expression: ${excerpt(cron)}`);
  }
  return { type: 'cron', cron };
}

function parseAction(action: ConfigReader, targets: WebhookTargetPolicy): AutomationAction {
  action.rejectUnknownKeys(['webhook', 'resourceAction', 'log']);
  const given = ['webhook', 'resourceAction', 'log'].filter((key) => action.has(key));
  if (given.length !== 1) throw new ConfigError(action.path, 'give exactly one of webhook, resourceAction, log');
  const webhook = action.optionalObject('webhook');
  if (webhook) {
    webhook.rejectUnknownKeys(['url']);
    const url = webhook.string('url', undefined, urlPattern);
    const problem = webhookUrlProblem(url, targets);
    if (problem !== undefined) throw new ConfigError(webhook.key('url'), problem);
    return { type: 'webhook', url };
  }
  const resourceAction = action.optionalObject('resourceAction');
  if (resourceAction) {
    resourceAction.rejectUnknownKeys(['policy']);
    return { type: 'resource_action', policy: resourceAction.string('policy') };
  }
  const log = action.object('log');
  log.rejectUnknownKeys(['message']);
  return { type: 'log', message: log.string('message') };
}

function rawObject(raw: unknown, path: string): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(path, 'must be an object');
  return raw as Record<string, unknown>;
}

function rawList(raw: unknown, path: string): unknown[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new ConfigError(path, 'must be a list');
  return raw;
}

function rejectDuplicates(items: { name: string }[], path: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.name)) throw new ConfigError(`${path}[${index}].name`, `duplicate name ${excerpt(item.name)}`);
    seen.add(item.name);
  });
}
