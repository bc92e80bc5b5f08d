import { startAwsCollector } from '@cloud-inventory/collector-aws';
import type { AccountConfig, StartInProcessCollector } from '@cloud-inventory/inventory';

/**
 * An account of up to this many resources is collected on the main thread, which the inventory mostly leaves idle
 * while it waits on AWS: no worker thread boots a second and a third copy of the AWS SDK for it.
 */
export const inProcessInlineItems = 10_000;

/**
 * The AWS collector in the inventory's process, on loopback, set up by the inventory's own configuration: its
 * collector token (or none), exactly the accounts' endpoints, and ResourceActions only when an action policy is not a
 * dry run.
 */
export const startInProcessAwsCollector: StartInProcessCollector = async (logger, config, env) => {
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
    inlineItems: inProcessInlineItems,
  });
  return { address: `127.0.0.1:${collector.port}`, stop: () => collector.stop() };
};

/** The account sends no keys: the collector's own credential chain signs its requests (directly or for AssumeRole). */
function usesDefaultCredentials(account: AccountConfig): boolean {
  const { credentials } = account;
  return (
    credentials.type === 'default' || (credentials.type === 'assume_role' && credentials.source.type === 'default')
  );
}
