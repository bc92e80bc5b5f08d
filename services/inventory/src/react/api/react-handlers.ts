import { InvalidArgumentError, excerpt, type ReactApi } from '@cloud-inventory/protocol';
import { decodePageToken, encodePageToken } from '../../api/page-token.js';
import { pageSize, requireNonEmpty, stringList } from '../../api/request-validation.js';
import { fromStore } from '../../api/store-errors.js';
import type { ActionService } from '../actions/action-service.js';
import type { AutomationRunner } from '../automations/automation-runner.js';
import type { AutomationTriggers } from '../automations/automation-triggers.js';
import type { WebhookTargetPolicy } from '../automations/webhook-target.js';
import type { MetricsEvaluator } from '../metrics/metrics-evaluator.js';
import { automationFromApi } from './automation-from-api.js';
import { toApiActionRecord, toApiAutomation, toApiRun } from './to-react-api.js';

export interface ReactHandlerDeps {
  metrics: MetricsEvaluator;
  actions: ActionService;
  triggers: AutomationTriggers;
  runner: AutomationRunner;
  /** Which addresses a created automation's webhook may reach (react.webhook.allowPrivateNetworks). */
  webhookTargets: WebhookTargetPolicy;
}

/** The React service's calls, transport-free; react-service.ts wraps them with the token check and status mapping. */
export function reactHandlers({ metrics, actions, triggers, runner, webhookTargets }: ReactHandlerDeps) {
  return {
    async QueryMetrics(request: ReactApi.QueryMetricsRequest__Output): Promise<ReactApi.QueryMetricsResponse> {
      const { series, evaluatedAt } = metrics.series(stringList('names', request.names));
      return { series, evaluated_at: evaluatedAt ?? '' };
    },

    async ListActions(request: ReactApi.ListActionsRequest__Output): Promise<ReactApi.ListActionsResponse> {
      const query = { policy: request.policy };
      const limit = pageSize('page_size', request.page_size, 100);
      const page = await fromStore(() =>
        actions.list(request.policy || undefined, { limit, pageToken: decodePageToken(request.page_token, query) }),
      );
      return {
        actions: page.items.map(toApiActionRecord),
        next_page_token: encodePageToken(page.nextPageToken, query),
      };
    },

    async PlanActions(request: ReactApi.PlanActionsRequest__Output): Promise<ReactApi.ActionRunResponse> {
      const policies = stringList('policies', request.policies);
      const records = await actions.run({ policies, forceDryRun: true, trigger: 'api:plan' });
      return { actions: records.map(toApiActionRecord) };
    },

    async RunActions(request: ReactApi.RunActionsRequest__Output): Promise<ReactApi.ActionRunResponse> {
      const policies = stringList('policies', request.policies);
      const records = await actions.run({ policies, trigger: 'api:run' });
      return { actions: records.map(toApiActionRecord) };
    },

    async CreateAutomation(request: ReactApi.CreateAutomationRequest__Output): Promise<ReactApi.Automation> {
      const automation = automationFromApi(request.automation, webhookTargets);
      if (automation.action.type === 'resource_action') {
        const policy = automation.action.policy;
        if (!actions.policies.some((candidate) => candidate.name === policy)) {
          throw new InvalidArgumentError('automation.resource_action.policy', `no policy ${excerpt(policy)}`);
        }
      }
      triggers.add(automation);
      const listed = triggers.list().find((entry) => entry.automation.name === automation.name);
      return toApiAutomation(automation, listed?.nextRunAt);
    },

    async ListAutomations(): Promise<ReactApi.ListAutomationsResponse> {
      return {
        automations: triggers.list().map(({ automation, nextRunAt }) => toApiAutomation(automation, nextRunAt)),
      };
    },

    async DeleteAutomation(
      request: ReactApi.DeleteAutomationRequest__Output,
    ): Promise<ReactApi.DeleteAutomationResponse> {
      triggers.remove(requireNonEmpty('name', request.name));
      return {};
    },

    async RunAutomationNow(request: ReactApi.RunAutomationRequest__Output): Promise<ReactApi.AutomationRun> {
      return toApiRun(await triggers.runNow(requireNonEmpty('name', request.name)));
    },

    async ListAutomationRuns(
      request: ReactApi.ListAutomationRunsRequest__Output,
    ): Promise<ReactApi.ListAutomationRunsResponse> {
      const query = { automation: request.automation };
      const limit = pageSize('page_size', request.page_size, 100);
      const page = await fromStore(() =>
        runner.listRuns(request.automation || undefined, {
          limit,
          pageToken: decodePageToken(request.page_token, query),
        }),
      );
      return { runs: page.items.map(toApiRun), next_page_token: encodePageToken(page.nextPageToken, query) };
    },
  };
}
