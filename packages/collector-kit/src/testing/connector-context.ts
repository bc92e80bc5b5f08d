import { pino } from 'pino';
import { AwsClientFactory, defaultRetrySettings } from '../aws-client-factory.js';
import type { AwsCredentials } from '../aws-credentials.js';
import type { ConnectorContext } from '../resource-connector.js';

export interface TestConnectorContext extends ConnectorContext {
  /** Destroys the clients the context built. */
  close(): void;
}

/** A Connector's context against an endpoint (the simulator's), with real SDK clients, for kit and kind tests. */
export function connectorContextFor(settings: {
  endpoint: string;
  credentials: AwsCredentials;
  account: string;
  region: string;
  partition?: string;
}): TestConnectorContext {
  const clients = new AwsClientFactory({
    region: settings.region,
    credentials: () => Promise.resolve({ ...settings.credentials }),
    endpoint: settings.endpoint,
    retry: defaultRetrySettings,
  });
  return {
    account: settings.account,
    region: settings.region,
    partition: settings.partition ?? 'aws',
    log: pino({ level: 'silent' }),
    signal: new AbortController().signal,
    client: (clientClass, inRegion) => clients.client(clientClass, inRegion),
    close: () => clients.destroy(),
  };
}
