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
}

export interface RetriedCall {
  operation: string;
  attempts: number;
  retryDelayMs: number;
}

interface MiddlewareClient {
  middlewareStack?: {
    add(
      middleware: (
        next: (args: unknown) => Promise<{ output?: { $metadata?: { attempts?: number; totalRetryDelay?: number } } }>,
        context: { commandName?: string },
      ) => (args: unknown) => Promise<unknown>,
      options: { step: 'initialize'; name: string },
    ): void;
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

  destroy(): void {
    for (const byRegion of this.clients.values()) {
      for (const client of byRegion.values()) (client as { destroy?: () => void }).destroy?.();
    }
    this.clients.clear();
  }
}
