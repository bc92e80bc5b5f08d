import type { AwsCredentialProvider } from './aws-credentials.js';
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
}

/** The endpoint option wins; else the standard AWS_ENDPOINT_URL; else AWS itself. */
export function resolveEndpoint(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (option) return option;
  return env.AWS_ENDPOINT_URL || undefined;
}

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
      const { credentials, endpoint, retry } = this.settings;
      const config = {
        region,
        credentials,
        maxAttempts: retry.maxAttempts,
        retryMode: retry.mode,
        ...(endpoint ? { endpoint, forcePathStyle: true } : { followRegionRedirects: true }),
      };
      client = new (clientClass as new (config: object) => Client)(config);
      byRegion.set(region, client);
    }
    return client;
  }

  destroy(): void {
    for (const byRegion of this.clients.values()) {
      for (const client of byRegion.values()) (client as { destroy?: () => void }).destroy?.();
    }
    this.clients.clear();
  }
}
