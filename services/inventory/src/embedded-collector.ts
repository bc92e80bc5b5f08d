import type { Logger } from 'pino';
import type { AccountConfig, InventoryConfig } from './config/inventory-config.js';

export interface EmbeddedCollector {
  address: string;
  stop(): Promise<void>;
}

/**
 * `npm start` runs the AWS collector in this process for a one-command set-up. The services still meet only over
 * gRPC (on loopback); the import is dynamic so the inventory library itself never depends on a collector. The
 * inventory's own configuration sets the collector up: the token (or none, on loopback), exactly the accounts'
 * endpoints, and ResourceActions only when an action policy is not a dry run.
 */
export async function startEmbeddedCollector(
  logger: Logger,
  config: InventoryConfig,
  env: NodeJS.ProcessEnv,
): Promise<EmbeddedCollector> {
  // eslint-disable-next-line import-x/no-restricted-paths -- leaves the inventory in the next commit
  const { startAwsCollector } = await import('@cloud-inventory/collector-aws');
  const token = (config.collector.tokenEnv ? env[config.collector.tokenEnv] : undefined) || undefined;
  const withEndpoint = config.accounts.filter((account) => account.endpointUrl !== undefined);
  const collector = await startAwsCollector({
    host: '127.0.0.1',
    port: 0,
    logger,
    token,
    insecureNoAuth: token === undefined,
    allowedEndpoints: [...new Set(withEndpoint.map((account) => new URL(account.endpointUrl as string).origin))],
    allowDefaultCredentialsWithEndpoint: withEndpoint.some(usesDefaultCredentials),
    // Dry runs never reach the collector: only a policy that acts needs ResourceActions.
    actionsEnabled: (config.react?.actions.policies ?? []).some((policy) => !policy.dryRun),
    env,
  });
  return { address: `127.0.0.1:${collector.port}`, stop: () => collector.stop() };
}

/** The account sends no keys: the collector's own credential chain signs its requests (directly or for AssumeRole). */
function usesDefaultCredentials(account: AccountConfig): boolean {
  const { credentials } = account;
  return (
    credentials.type === 'default' || (credentials.type === 'assume_role' && credentials.source.type === 'default')
  );
}
