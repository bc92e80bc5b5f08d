import type { Logger } from 'pino';

/** Any AWS SDK v3 client class; the kit builds it with region, cached credentials, endpoint and retry settings. */
export type AwsClientClass<Client> = new (config: never) => Client;

/** What a Connector gets from the kit: its scope, clients built once per account and region, a logger, a signal. */
export interface ConnectorContext {
  readonly account: string;
  /** The task's region; for a global service, the region its clients are built for. */
  readonly region: string;
  readonly log: Logger;
  readonly signal: AbortSignal;
  /** A client built once per account and region; `inRegion` for a resource living elsewhere (an S3 bucket). */
  client<Client>(clientClass: AwsClientClass<Client>, inRegion?: string): Client;
}

/**
 * Talks to AWS and does nothing else: yields the raw items of every page. No mapping, no item caps, no catch -
 * the kit's runner classifies failures once for all kinds.
 */
export abstract class ResourceConnector<Item> {
  constructor(protected readonly context: ConnectorContext) {}

  abstract items(): AsyncIterable<Item>;

  protected client<Client>(clientClass: AwsClientClass<Client>, inRegion?: string): Client {
    return this.context.client(clientClass, inRegion);
  }
}
