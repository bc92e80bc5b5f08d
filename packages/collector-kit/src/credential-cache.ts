import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { AwsAccessDeniedError, AwsInvalidCredentialsError, UnavailableError } from '@cloud-inventory/protocol';
import { createHash } from 'node:crypto';
import { AwsClientFactory, type RetrySettings } from './aws-client-factory.js';
import { refreshBeforeExpiry, type AwsCredentialProvider, type AwsCredentials } from './aws-credentials.js';
import { describeAwsError, summarizeAwsError } from './aws-error.js';
import { classifyAwsFailure } from './classify-aws-failure.js';
import type { DnsLookup } from './dns-lookup.js';

/** The account's secret as the protocol carries it (AwsSecret); all empty means the default provider chain. */
export interface AccountSecret {
  access_key_id: string;
  secret_access_key: string;
  session_token: string;
  role_arn: string;
  external_id: string;
  role_session_name: string;
}

export interface CredentialCacheOptions {
  /** Region of the STS calls (AssumeRole, GetCallerIdentity). */
  stsRegion: string;
  retry: RetrySettings;
  /** Refresh this long before temporary credentials expire (default 5 minutes). */
  refreshMarginMs?: number;
  /** Assumed-role session length (default 1 hour). */
  roleDurationSeconds?: number;
  maxEntries?: number;
  /** Resolves the STS host names (default: the system's resolver). */
  lookup?: DnsLookup | undefined;
}

/** The credentials of one account (one secret and endpoint), resolved once and refreshed before they expire. */
export class AccountCredentials {
  readonly provider: AwsCredentialProvider;
  private readonly sts: AwsClientFactory;
  private accountIdentity?: Promise<{ account: string; arn: string }>;

  constructor(
    readonly key: string,
    private readonly secret: AccountSecret,
    private readonly endpoint: string | undefined,
    private readonly options: CredentialCacheOptions,
  ) {
    const marginMs = options.refreshMarginMs ?? 5 * 60_000;
    const base = this.baseProvider();
    if (secret.role_arn) {
      const baseSts = new AwsClientFactory({
        region: options.stsRegion,
        credentials: base,
        endpoint,
        retry: options.retry,
        lookup: options.lookup,
      });
      this.provider = refreshBeforeExpiry(() => this.assumeRole(baseSts.client(STSClient)), marginMs);
    } else {
      this.provider = refreshBeforeExpiry(base, marginMs);
    }
    this.sts = new AwsClientFactory({
      region: options.stsRegion,
      credentials: this.provider,
      endpoint,
      retry: options.retry,
      lookup: options.lookup,
    });
  }

  /** The account id and caller ARN (STS GetCallerIdentity, once per cache entry). */
  identity(): Promise<{ account: string; arn: string }> {
    this.accountIdentity ??= this.callerIdentity().catch((error: unknown) => {
      this.accountIdentity = undefined;
      throw error;
    });
    return this.accountIdentity;
  }

  private async callerIdentity(): Promise<{ account: string; arn: string }> {
    // Resolving first makes a failed AssumeRole say so, rather than surface as a failed GetCallerIdentity.
    await this.resolve();
    try {
      const output = await this.sts.client(STSClient).send(new GetCallerIdentityCommand({}));
      return { account: output.Account ?? '', arn: output.Arn ?? '' };
    } catch (error) {
      throw credentialError('GetCallerIdentity', error);
    }
  }

  async resolve(): Promise<AwsCredentials> {
    try {
      return await this.provider();
    } catch (error) {
      throw credentialError(this.secret.role_arn ? `AssumeRole into ${this.secret.role_arn}` : 'credentials', error);
    }
  }

  private baseProvider(): AwsCredentialProvider {
    const { access_key_id, secret_access_key, session_token } = this.secret;
    if (access_key_id) {
      const fixed: AwsCredentials = { accessKeyId: access_key_id, secretAccessKey: secret_access_key };
      if (session_token) fixed.sessionToken = session_token;
      return () => Promise.resolve(fixed);
    }
    return fromNodeProviderChain() as AwsCredentialProvider;
  }

  private async assumeRole(sts: STSClient): Promise<AwsCredentials> {
    const output = await sts.send(
      new AssumeRoleCommand({
        RoleArn: this.secret.role_arn,
        RoleSessionName: this.secret.role_session_name || 'cloud-inventory',
        DurationSeconds: this.options.roleDurationSeconds ?? 3600,
        ...(this.secret.external_id ? { ExternalId: this.secret.external_id } : {}),
      }),
    );
    const issued = output.Credentials;
    if (!issued?.AccessKeyId || !issued.SecretAccessKey) {
      throw new AwsInvalidCredentialsError(`AssumeRole into ${this.secret.role_arn} returned no credentials`);
    }
    const credentials: AwsCredentials = { accessKeyId: issued.AccessKeyId, secretAccessKey: issued.SecretAccessKey };
    if (issued.SessionToken) credentials.sessionToken = issued.SessionToken;
    if (issued.Expiration) credentials.expiration = new Date(issued.Expiration);
    return credentials;
  }

  dispose(): void {
    this.sts.destroy();
  }
}

/** Turns an STS / provider failure into a typed error whose message says what is wrong, without any secret. */
export function credentialError(step: string, error: unknown): Error {
  if (error instanceof AwsAccessDeniedError || error instanceof AwsInvalidCredentialsError) return error;
  const summary = describeAwsError(summarizeAwsError(error));
  const classification = classifyAwsFailure(error);
  const code = classification.outcome === 'failure' ? classification.code : 'Error';
  if (code === 'AccessDenied') {
    const hint = step.startsWith('AssumeRole') ? "; check the role's trust policy and external id" : '';
    return new AwsAccessDeniedError(`${step} was denied (${summary})${hint}`, { cause: error });
  }
  if (code === 'InvalidCredentials' || code === 'Error') {
    return new AwsInvalidCredentialsError(`${step}: AWS rejected the credentials (${summary})`, { cause: error });
  }
  return new UnavailableError(`${step} failed (${summary})`, { cause: error });
}

/** Per-account credential cache: never a new session per call or per task. */
export class CredentialCache {
  private readonly entries = new Map<string, AccountCredentials>();

  constructor(private readonly options: CredentialCacheOptions) {}

  forAccount(secret: AccountSecret, endpoint: string | undefined): AccountCredentials {
    const key = cacheKey(secret, endpoint);
    let found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    found = new AccountCredentials(key, secret, endpoint, this.options);
    this.entries.set(key, found);
    const maxEntries = this.options.maxEntries ?? 1000;
    if (this.entries.size > maxEntries) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, AccountCredentials];
      oldest.dispose();
      this.entries.delete(oldestKey);
    }
    return found;
  }

  dispose(): void {
    for (const entry of this.entries.values()) entry.dispose();
    this.entries.clear();
  }
}

/** A digest, so the cache never keeps the secret as a readable key. */
function cacheKey(secret: AccountSecret, endpoint: string | undefined): string {
  const fields = [
    secret.access_key_id,
    secret.secret_access_key,
    secret.session_token,
    secret.role_arn,
    secret.external_id,
    secret.role_session_name,
    endpoint ?? '',
  ];
  return createHash('sha256').update(fields.join('\u0000')).digest('hex').slice(0, 32);
}
