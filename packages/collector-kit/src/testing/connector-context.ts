import { pino } from 'pino';
import { AwsClientFactory, defaultRetrySettings } from '../aws-client-factory.js';
import type { AwsCredentials } from '../aws-credentials.js';
import type { ConnectorContext } from '../resource-connector.js';

export interface TestConnectorContext extends ConnectorContext {
  /** Destroys the clients the context built. */
  close(): void;
}

/** An account at an endpoint: the simulator (`startAwsSimulator()`) is one. */
export interface TestAccount {
  readonly endpoint: string;
  readonly credentials: AwsCredentials;
  readonly mainAccountId: string;
}

/** A Connector's context in one region of a test account, with real SDK clients, for kit and kind tests. */
export function connectorContextFor(account: TestAccount, region: string, partition = 'aws'): TestConnectorContext {
  const clients = new AwsClientFactory({
    region,
    credentials: () => Promise.resolve({ ...account.credentials }),
    endpoint: account.endpoint,
    retry: defaultRetrySettings,
  });
  return {
    account: account.mainAccountId,
    region,
    partition,
    log: pino({ level: 'silent' }),
    signal: new AbortController().signal,
    client: (clientClass, inRegion) => clients.client(clientClass, inRegion),
    close: () => clients.destroy(),
  };
}

/** Every item of an async listing, in order. */
export async function collectAll<Item>(items: AsyncIterable<Item>): Promise<Item[]> {
  const list: Item[] = [];
  for await (const item of items) list.push(item);
  return list;
}
