import type { AwsSecret } from '@cloud-inventory/protocol';
import { awsSecretOf } from './collector-client.js';

/** What this needs of a running simulator (`AwsSimulator`): its main keys and its accounts' roles. */
export interface SimulatedAccounts {
  credentials: { accessKeyId: string; secretAccessKey: string };
  mainAccountId: string;
  accounts: readonly { id: string; roles: readonly { arn: string; externalId?: string }[] }[];
}

/** The collector's secret for one simulated account: the main keys, or those keys assuming the account's role. */
export function simAccountSecret(sim: SimulatedAccounts, account: string): AwsSecret {
  const keys = awsSecretOf(sim.credentials);
  if (account === sim.mainAccountId) return keys;
  const role = sim.accounts.find((candidate) => candidate.id === account)?.roles[0];
  if (!role) throw new Error(`simulated account ${account} has no role to assume`);
  return { ...keys, role_arn: role.arn, ...(role.externalId ? { external_id: role.externalId } : {}) };
}
