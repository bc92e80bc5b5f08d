import { EC2Client } from '@aws-sdk/client-ec2';
import {
  AwsClientFactory,
  CredentialCache,
  mapBounded,
  summarizeAwsError,
  validateSecret,
  type DnsLookup,
  type EndpointPolicy,
  type RetrySettings,
} from '@cloud-inventory/collector-kit';
import type { ActionsApi } from '@cloud-inventory/protocol';
import type { Logger } from 'pino';
import { actionCalls } from './ec2-action-calls.js';
import { validateActionRequest, type ValidActionRequest } from './validate-action-request.js';

export interface ResourceActionsOptions {
  retry: RetrySettings;
  /** The endpoints a request's endpoint_url may name (the collector's, shared with collection). */
  endpoints: EndpointPolicy;
  lookup?: DnsLookup | undefined;
  /** Region of the STS calls (default AWS_REGION, else us-east-1). */
  stsRegion?: string;
  env?: NodeJS.ProcessEnv;
  /** Calls in flight per request (default 4). */
  concurrency?: number;
}

type ActionResult = ActionsApi.ActionResult;

/** Runs resource actions with the account's credentials: one AWS call per resource, each with its own outcome. */
export class ResourceActionsExecutor {
  private readonly credentials: CredentialCache;
  private readonly env: NodeJS.ProcessEnv;

  constructor(private readonly options: ResourceActionsOptions) {
    this.env = options.env ?? process.env;
    this.credentials = new CredentialCache({
      stsRegion: options.stsRegion ?? (this.env.AWS_REGION || 'us-east-1'),
      retry: options.retry,
      lookup: options.lookup,
    });
  }

  async execute(request: ActionsApi.ActionRequest__Output, log: Logger): Promise<ActionsApi.ActionResponse> {
    const valid = validateActionRequest(request);
    const secret = validateSecret(request.secret);
    const endpoint = this.options.endpoints.endpointFor(request.options?.endpoint_url || undefined, secret);
    const account = this.credentials.forAccount(secret, endpoint);
    const { account: accountId } = await account.identity();
    const clients = new Map<string, AwsClientFactory>();
    const ec2For = (region: string): EC2Client => {
      let factory = clients.get(region);
      if (!factory) {
        factory = new AwsClientFactory({
          region,
          credentials: account.provider,
          endpoint,
          retry: this.options.retry,
          lookup: this.options.lookup,
        });
        clients.set(region, factory);
      }
      return factory.client(EC2Client);
    };
    try {
      const results: ActionResult[] = [];
      const concurrency = this.options.concurrency ?? 4;
      for await (const result of mapBounded(valid.targets, concurrency, (target) =>
        this.runOne(valid, target, ec2For(target.region)),
      )) {
        results.push(result);
      }
      const failed = results.filter((result) => result.outcome === 'ACTION_OUTCOME_FAILED').length;
      log.info(
        { action: valid.action, dryRun: valid.dryRun, accountId, targets: results.length, failed },
        'resource action executed',
      );
      return { account_id: accountId, results };
    } finally {
      for (const factory of clients.values()) factory.destroy();
    }
  }

  private async runOne(
    request: ValidActionRequest,
    target: { id: string; uid: string },
    ec2: EC2Client,
  ): Promise<ActionResult> {
    const base = { id: target.id, uid: target.uid };
    try {
      await actionCalls[request.action](ec2, target.id, request.dryRun, request.tags);
      return { ...base, outcome: request.dryRun ? 'ACTION_OUTCOME_WOULD_SUCCEED' : 'ACTION_OUTCOME_DONE' };
    } catch (error) {
      // Records the typed outcome of this resource; the other resources of the request still run.
      const summary = summarizeAwsError(error);
      if (request.dryRun && summary.name === 'DryRunOperation') {
        return { ...base, outcome: 'ACTION_OUTCOME_WOULD_SUCCEED' };
      }
      const message = error instanceof Error ? error.message : '';
      return {
        ...base,
        outcome: 'ACTION_OUTCOME_FAILED',
        error_code: summary.name,
        error_message: `${message}${summary.requestId ? ` (request ${summary.requestId})` : ''}`,
      };
    }
  }
}
