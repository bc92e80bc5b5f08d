import type { ServiceError } from '@grpc/grpc-js';
import type { Logger } from 'pino';
import type { AccountConfig } from '../../config/inventory-config.js';
import type { Environment } from '../../config/load-config.js';
import { resolveAwsSecret } from '../../config/resolve-secret.js';
import { UnknownAccountError } from '../react-errors.js';
import type { ActionDecision, CollectorAction } from './action-decision.js';
import type { ResourceActionsClients } from './resource-actions-client.js';

export interface ExecutionResult {
  outcome: 'done' | 'failed';
  error?: string;
}

export interface ExecuteDeps {
  /** The accounts whose credentials act; a function when they change (an organization's members). */
  accounts: readonly AccountConfig[] | (() => readonly AccountConfig[]);
  env: Environment;
  clients: ResourceActionsClients;
  logger: Logger;
}

/** The largest batch one Execute call carries (the collector accepts up to 1000 targets). */
const targetsPerCall = 500;

/**
 * Sends the decisions to the collectors that own the accounts' credentials, grouped by account, action and tags;
 * each decision gets the outcome the collector reported for its resource.
 */
export async function executeDecisions(
  decisions: (ActionDecision & { collectorAction: CollectorAction })[],
  runId: string,
  deps: ExecuteDeps,
): Promise<Map<ActionDecision, ExecutionResult>> {
  const results = new Map<ActionDecision, ExecutionResult>();
  const groups = new Map<string, (ActionDecision & { collectorAction: CollectorAction })[]>();
  for (const decision of decisions) {
    const key = JSON.stringify([decision.resource.account, decision.collectorAction, decision.tags ?? {}]);
    const group = groups.get(key) ?? [];
    group.push(decision);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    for (let start = 0; start < group.length; start += targetsPerCall) {
      const batch = group.slice(start, start + targetsPerCall);
      try {
        await executeBatch(batch, runId, deps, results);
      } catch (error) {
        // Records the typed outcome: every resource of the batch failed, with the reason (never a secret).
        const reason = describeFailure(error);
        deps.logger.error({ runId, targets: batch.length, reason }, 'resource action call failed');
        for (const decision of batch) results.set(decision, { outcome: 'failed', error: reason });
      }
    }
  }
  return results;
}

async function executeBatch(
  batch: (ActionDecision & { collectorAction: CollectorAction })[],
  runId: string,
  deps: ExecuteDeps,
  results: Map<ActionDecision, ExecutionResult>,
): Promise<void> {
  const first = batch[0];
  if (!first) return;
  const accounts = typeof deps.accounts === 'function' ? deps.accounts() : deps.accounts;
  const account = accounts.find(
    (candidate) => candidate.id === first.resource.account || candidate.name === first.resource.account,
  );
  if (!account) throw new UnknownAccountError(first.resource.account);
  const response = await deps.clients.execute(
    account.collectorAddress,
    {
      action: first.collectorAction,
      targets: batch.map((decision) => ({
        id: decision.resource.id,
        uid: decision.resource.uid,
        region: decision.resource.region,
      })),
      tags: first.tags ?? {},
      dry_run: false,
      options: { endpoint_url: account.endpointUrl ?? '' },
      secret: resolveAwsSecret(account, deps.env),
    },
    runId,
  );
  const byUid = new Map(response.results.map((result) => [result.uid, result]));
  for (const decision of batch) {
    const result = byUid.get(decision.resource.uid);
    if (result?.outcome === 'ACTION_OUTCOME_DONE') results.set(decision, { outcome: 'done' });
    else {
      const error = result ? `${result.error_code}: ${result.error_message}` : 'the collector reported no outcome';
      results.set(decision, { outcome: 'failed', error });
    }
  }
}

function describeFailure(error: unknown): string {
  const grpc = error as Partial<ServiceError>;
  if (typeof grpc.code === 'number' && typeof grpc.details === 'string') return `gRPC ${grpc.code}: ${grpc.details}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}
