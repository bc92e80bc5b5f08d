import type { Logger } from 'pino';
import type { AwsCall } from './aws-calls.js';
import type { Listing } from './listing.js';

/** Any AWS SDK v3 client class; the kit builds it with region, cached credentials, endpoint and retry settings. */
export type AwsClientClass<Client> = new (config: never) => Client;

/** What a Connector gets from the kit: its scope, clients built once per account and region, a logger, a signal. */
export interface ConnectorContext {
  readonly account: string;
  /** The task's region; for a global service, the region its clients are built for. */
  readonly region: string;
  /** The account's partition (`aws`, `aws-cn`, `aws-us-gov`). */
  readonly partition: string;
  readonly log: Logger;
  readonly signal: AbortSignal;
  /** A client built once per account and region; `inRegion` for a resource living elsewhere (an S3 bucket). */
  client<Client>(clientClass: AwsClientClass<Client>, inRegion?: string): Client;
}

/**
 * Talks to AWS and does nothing else: yields the raw items of every page. No mapping, no item caps, no catch -
 * the kit's runner classifies failures once for all kinds. Most kinds extend ListingConnector and only declare
 * their call; one that needs several calls per item writes `items()` and declares every call it makes in `calls`.
 */
export abstract class ResourceConnector<Item> {
  constructor(protected readonly context: ConnectorContext) {}

  abstract items(): AsyncIterable<Item>;

  /** The AWS calls `items()` makes, which the least-privilege policy grants (and a test holds to what AWS saw). */
  abstract readonly calls: readonly AwsCall[];

  protected client<Client>(clientClass: AwsClientClass<Client>, inRegion?: string): Client {
    return this.context.client(clientClass, inRegion);
  }
}

/**
 * A kind listed by one declared call (`paginated(...)` or `unpaginated(...)`): no method body, the kit runs the
 * listing and derives its IAM action from the call.
 */
export abstract class ListingConnector<Item> extends ResourceConnector<Item> {
  abstract readonly listing: Listing<Item>;

  get calls(): readonly AwsCall[] {
    return this.listing.calls();
  }

  items(): AsyncIterable<Item> {
    return this.listing.items(this.context);
  }
}
