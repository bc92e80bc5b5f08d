import type { InventoryApi, ReactApi } from '@cloud-inventory/protocol';
import type { ActionRecord } from '../actions/action-decision.js';
import type { AutomationRunRecord } from '../automations/automation-run.js';
import type { AutomationDefinition } from '../config/react-config.js';

const actionOutcomes = {
  planned: 'ACTION_RECORD_OUTCOME_PLANNED',
  done: 'ACTION_RECORD_OUTCOME_DONE',
  failed: 'ACTION_RECORD_OUTCOME_FAILED',
  protected: 'ACTION_RECORD_OUTCOME_PROTECTED',
  reported: 'ACTION_RECORD_OUTCOME_REPORTED',
} as const;

const runOutcomes = {
  succeeded: 'AUTOMATION_RUN_OUTCOME_SUCCEEDED',
  failed: 'AUTOMATION_RUN_OUTCOME_FAILED',
  skipped: 'AUTOMATION_RUN_OUTCOME_SKIPPED',
} as const;

export function toApiActionRecord(record: ActionRecord): ReactApi.ActionRecord {
  return {
    run_id: record.runId,
    policy: record.policy,
    action: record.action,
    uid: record.uid,
    kind: record.kind,
    account: record.account,
    region: record.region,
    dry_run: record.dryRun,
    outcome: actionOutcomes[record.outcome],
    reason: record.reason,
    error: record.error ?? '',
    at: record.at,
  };
}

export function toApiRun(run: AutomationRunRecord): ReactApi.AutomationRun {
  return {
    run_id: run.runId,
    automation: run.automation,
    trigger: run.trigger,
    outcome: runOutcomes[run.outcome],
    attempts: run.attempts,
    resources: run.resources,
    error: run.error ?? '',
    started_at: run.startedAt,
    finished_at: run.finishedAt,
  };
}

/** An automation selecting by a query shows its text in `query` and an empty filter. */
export function toApiAutomation(automation: AutomationDefinition, nextRunAt: Date | undefined): ReactApi.Automation {
  const { trigger, action } = automation;
  const filter = automation.selection.by === 'filter' ? automation.selection.filter : {};
  return {
    name: automation.name,
    ...(trigger.type === 'cron'
      ? { cron: trigger.cron }
      : { event: { event: `AUTOMATION_EVENT_${trigger.event.toUpperCase()}` as ReactApi.AutomationEvent } }),
    filter: {
      kinds: filter.kinds ?? [],
      accounts: filter.accounts ?? [],
      regions: filter.regions ?? [],
      tags: filter.tags ?? [],
      properties: (filter.properties ?? []).map((condition) => ({
        property: condition.property,
        op: condition.op.toUpperCase() as InventoryApi.PropertyOperator,
        value: condition.value === undefined ? '' : String(condition.value),
      })),
    },
    ...(action.type === 'webhook'
      ? { webhook: { url: action.url } }
      : action.type === 'resource_action'
        ? { resource_action: { policy: action.policy } }
        : { log: { message: action.message } }),
    source: automation.source,
    next_run_at: nextRunAt?.toISOString() ?? '',
    query: automation.selection.by === 'query' ? automation.selection.query.text : '',
  };
}
