import { randomUUID } from 'node:crypto';
import type { GraphStore, Page, PageRequest } from '@cloud-inventory/graph-store';
import type { Logger } from 'pino';
import type { SearchRunner } from '../../search/search-runner.js';
import type { ActionPolicy, ActionsConfig } from '../config/react-config.js';
import { PolicyNotFoundError } from '../react-errors.js';
import type { ActionDecision, ActionRecord, CollectorAction } from './action-decision.js';
import { listActionRecords, saveActionRecords } from './action-records.js';
import { executeDecisions, type ExecuteDeps } from './execute-decisions.js';
import { decide, policyResources } from './plan-policy.js';

export interface ActionRunRequest {
  /** Policy names; empty or absent means every policy. */
  policies?: string[];
  /** Plan only, whatever the policies say. */
  forceDryRun?: boolean;
  /** Only these resources (an automation's matches). */
  onlyUids?: string[];
  trigger: string;
}

/** Evaluates action policies, never touches protected resources, executes real actions and records every decision. */
export class ActionService {
  constructor(
    private readonly deps: ExecuteDeps & {
      config: ActionsConfig;
      store: GraphStore;
      search: SearchRunner;
      now: () => Date;
      logger: Logger;
    },
  ) {}

  get policies(): ActionPolicy[] {
    return this.deps.config.policies;
  }

  async run(request: ActionRunRequest): Promise<ActionRecord[]> {
    const policies = this.choosePolicies(request.policies ?? []);
    const runId = randomUUID();
    const log = this.deps.logger.child({ actionRunId: runId, trigger: request.trigger });
    const records: ActionRecord[] = [];
    for (const policy of policies) {
      const policyRecords: ActionRecord[] = [];
      const isDryRun = policy.dryRun || request.forceDryRun === true;
      const decisions: ActionDecision[] = [];
      for await (const resource of policyResources(this.deps, policy, request.onlyUids)) {
        const decision = decide(policy, resource, this.deps.now());
        if (decision) decisions.push(decision);
      }
      const toExecute: (ActionDecision & { collectorAction: CollectorAction })[] = [];
      const outcomes = new Map<ActionDecision, Pick<ActionRecord, 'outcome' | 'error'>>();
      for (const decision of decisions) {
        if (this.isProtected(decision)) outcomes.set(decision, { outcome: 'protected' });
        else if (!decision.collectorAction) outcomes.set(decision, { outcome: 'reported' });
        else if (isDryRun) outcomes.set(decision, { outcome: 'planned' });
        else toExecute.push(decision as ActionDecision & { collectorAction: CollectorAction });
      }
      if (toExecute.length > 0) {
        for (const [decision, result] of await executeDecisions(toExecute, runId, { ...this.deps, logger: log })) {
          outcomes.set(decision, result);
        }
      }
      const at = this.deps.now().toISOString();
      for (const decision of decisions) {
        const outcome = outcomes.get(decision) ?? { outcome: 'failed', error: 'not executed' };
        const record: ActionRecord = {
          runId,
          policy: policy.name,
          action: decision.action,
          uid: decision.resource.uid,
          kind: decision.resource.kind,
          account: decision.resource.account,
          region: decision.resource.region,
          dryRun: isDryRun,
          reason: decision.reason,
          at,
          ...outcome,
        };
        policyRecords.push(record);
        const { runId: _runId, ...fields } = record;
        log.info(fields, isDryRun ? 'action planned' : 'action decided');
      }
      // Recorded per policy, as soon as its actions are done: a later policy's failure must not lose them.
      await saveActionRecords(this.deps.store, policyRecords);
      records.push(...policyRecords);
      log.info({ policy: policy.name, dryRun: isDryRun, decisions: decisions.length }, 'action policy evaluated');
    }
    return records;
  }

  list(policy: string | undefined, page: PageRequest): Promise<Page<ActionRecord>> {
    return listActionRecords(this.deps.store, policy, page);
  }

  private isProtected(decision: ActionDecision): boolean {
    const { key, value } = this.deps.config.protectionTag;
    return decision.resource.tags[key] === value;
  }

  private choosePolicies(names: string[]): ActionPolicy[] {
    if (names.length === 0) return this.policies;
    return names.map((name) => {
      const policy = this.policies.find((candidate) => candidate.name === name);
      if (!policy) throw new PolicyNotFoundError(name);
      return policy;
    });
  }
}
