import { MissingSecretError } from '../errors.js';
import type { Environment } from './load-config.js';
import type { AccountConfig } from './inventory-config.js';

/** The collector's AwsSecret fields; empty strings mean "not given" on the wire. */
export interface ResolvedAwsSecret {
  access_key_id: string;
  secret_access_key: string;
  session_token: string;
  role_arn: string;
  external_id: string;
  role_session_name: string;
}

/** Reads the account's credentials from the environment at the moment a request is sent; never stored or logged. */
export function resolveAwsSecret(account: AccountConfig, env: Environment): ResolvedAwsSecret {
  const secret: ResolvedAwsSecret = {
    access_key_id: '',
    secret_access_key: '',
    session_token: '',
    role_arn: '',
    external_id: '',
    role_session_name: '',
  };
  const credentials = account.credentials;
  const keys = credentials.type === 'assume_role' ? credentials.source : credentials;
  if (keys.type === 'static') {
    secret.access_key_id = readVariable(account, env, keys.accessKeyIdEnv);
    secret.secret_access_key = readVariable(account, env, keys.secretAccessKeyEnv);
    if (keys.sessionTokenEnv) secret.session_token = readVariable(account, env, keys.sessionTokenEnv);
  }
  if (credentials.type === 'assume_role') {
    secret.role_arn = credentials.roleArn;
    secret.external_id = credentials.externalIdEnv
      ? readVariable(account, env, credentials.externalIdEnv)
      : (credentials.externalId ?? '');
    secret.role_session_name = credentials.sessionName ?? 'cloud-inventory';
  }
  return secret;
}

function readVariable(account: AccountConfig, env: Environment, variable: string): string {
  const value = env[variable];
  if (!value) throw new MissingSecretError(account.name, variable);
  return value;
}
