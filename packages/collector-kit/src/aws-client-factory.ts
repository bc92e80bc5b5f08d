import { awsCallOutcomeOf, isThrottlingResponse, type AwsCallTally } from './aws-call-tally.js';
import type { AwsCredentialProvider } from './aws-credentials.js';
import type { DnsLookup } from './dns-lookup.js';
import type { AwsClientClass } from './resource-connector.js';

export interface RetrySettings {
  /** 'adaptive' adds client-side rate limiting to the standard exponential backoff. */
  mode: 'adaptive' | 'standard';
  maxAttempts: number;
}

export const defaultRetrySettings: RetrySettings = { mode: 'adaptive', maxAttempts: 10 };

export interface AwsClientSettings {
  region: string;
  credentials: AwsCredentialProvider;
  /** An emulator's endpoint; S3 then uses path-style addressing. */
  endpoint?: string | undefined;
  retry: RetrySettings;
  /** Resolves the clients' host names (default: the system's resolver); tests inject DNS failures here. */
  lookup?: DnsLookup | undefined;
  /** Told about every call the SDK had to retry (throttling, 5xx) once it finally succeeded. */
  onRetried?: (call: RetriedCall) => void;
  /** Counts every call by service, operation and outcome, and every throttling response an attempt met (metrics). */
  tally?: AwsCallTally | undefined;
}

export interface RetriedCall {
  operation: string;
  attempts: number;
  retryDelayMs: number;
}

interface MiddlewareContext {
  clientName?: string;
  commandName?: string;
  /** Smithy's context: the operation's schema, `[9, 'com.amazonaws.ec2', 'DescribeVolumes', …]`. */
  __smithy_context?: { operationSchema?: unknown };
}

type Middleware = (
  next: (args: unknown) => Promise<{ output?: { $metadata?: { attempts?: number; totalRetryDelay?: number } } }>,
  context: MiddlewareContext,
) => (args: unknown) => Promise<unknown>;

interface MiddlewareClient {
  middlewareStack?: {
    add(middleware: Middleware, options: { step: 'initialize'; name: string }): void;
    addRelativeTo(middleware: Middleware, options: { relation: 'after'; toMiddleware: string; name: string }): void;
  };
}

/** The service (last part of the namespace, `ec2`) and operation of a call: names from the SDK, never from AWS. */
function callOf(context: MiddlewareContext): { service: string; operation: string } {
  const [, namespace, operation] = (
    Array.isArray(context.__smithy_context?.operationSchema) ? context.__smithy_context.operationSchema : []
  ) as unknown[];
  if (typeof namespace === 'string' && typeof operation === 'string') {
    return { service: namespace.slice(namespace.lastIndexOf('.') + 1), operation };
  }
  return {
    service: (context.clientName ?? 'unknown').replace(/Client$/, '').toLowerCase(),
    operation: (context.commandName ?? 'unknown').replace(/Command$/, ''),
  };
}

/**
 * The logger every SDK client gets. It has no `info` on purpose: before calling `info`, the SDK's logger middleware
 * builds a redacted copy of each response (a walk over its schema), even for the SDK's own no-op logger; that is ~10%
 * of the CPU of paging through a large account. Failed calls reach us as errors, so `warn`/`error` can stay silent.
 */
const sdkLoggerWithoutInfo = { debug() {}, warn() {}, error() {} };

/** Builds each client class once per region for one account, with the cached credential provider. */
export class AwsClientFactory {
  private readonly clients = new Map<AwsClientClass<unknown>, Map<string, unknown>>();

  constructor(private readonly settings: AwsClientSettings) {}

  /** A client for the factory's region, or for `inRegion` (an S3 bucket's own region). */
  client<Client>(clientClass: AwsClientClass<Client>, inRegion?: string): Client {
    const region = inRegion ?? this.settings.region;
    let byRegion = this.clients.get(clientClass);
    if (!byRegion) {
      byRegion = new Map();
      this.clients.set(clientClass, byRegion);
    }
    let client = byRegion.get(region) as Client | undefined;
    if (!client) {
      const { credentials, endpoint, retry, lookup } = this.settings;
      const config = {
        region,
        credentials,
        maxAttempts: retry.maxAttempts,
        retryMode: retry.mode,
        logger: sdkLoggerWithoutInfo,
        ...(endpoint ? { endpoint, forcePathStyle: true } : { followRegionRedirects: true }),
        // The SDK's handler merges these agent options into its defaults (keep-alive, 50 sockets).
        ...(lookup ? { requestHandler: { httpAgent: { lookup }, httpsAgent: { lookup } } } : {}),
      };
      client = new (clientClass as new (config: object) => Client)(config);
      this.watchRetries(client as MiddlewareClient);
      this.countCalls(client as MiddlewareClient);
      byRegion.set(region, client);
    }
    return client;
  }

  private watchRetries(client: MiddlewareClient): void {
    const onRetried = this.settings.onRetried;
    if (!onRetried || !client.middlewareStack) return;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        const attempts = result.output?.$metadata?.attempts ?? 1;
        if (attempts > 1) {
          const retryDelayMs = result.output?.$metadata?.totalRetryDelay ?? 0;
          onRetried({ operation: context.commandName ?? 'unknown', attempts, retryDelayMs });
        }
        return result;
      },
      { step: 'initialize', name: 'cloudInventoryRetryLog' },
    );
  }

  private countCalls(client: MiddlewareClient): void {
    const tally = this.settings.tally;
    if (!tally || !client.middlewareStack) return;
    // Outermost: once per call, after the SDK's retries.
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const { service, operation } = callOf(context);
        try {
          const result = await next(args);
          tally.call(service, operation, awsCallOutcomeOf());
          return result;
        } catch (error) {
          // Counted, then rethrown untouched: the runner classifies the failure of the kind.
          tally.call(service, operation, awsCallOutcomeOf(error));
          throw error;
        }
      },
      { step: 'initialize', name: 'cloudInventoryCallCount' },
    );
    // Inside the retry loop: once per attempt, so a throttled attempt the SDK rode out is counted too.
    client.middlewareStack.addRelativeTo(
      (next, context) => async (args) => {
        try {
          return await next(args);
        } catch (error) {
          if (isThrottlingResponse(error)) {
            const { service, operation } = callOf(context);
            tally.throttled(service, operation);
          }
          throw error;
        }
      },
      { relation: 'after', toMiddleware: 'retryMiddleware', name: 'cloudInventoryThrottleCount' },
    );
  }

  destroy(): void {
    for (const byRegion of this.clients.values()) {
      for (const client of byRegion.values()) (client as { destroy?: () => void }).destroy?.();
    }
    this.clients.clear();
  }
}
