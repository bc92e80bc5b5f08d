/** Credentials as the SDK wants them; `expiration` only for temporary ones. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

export type AwsCredentialProvider = () => Promise<AwsCredentials>;

/** Credentials as they cross the MessagePort to a worker (Dates as epoch milliseconds). */
export interface PortableCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiresAt?: number;
}

export function toPortable(credentials: AwsCredentials): PortableCredentials {
  const portable: PortableCredentials = {
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
  };
  if (credentials.sessionToken) portable.sessionToken = credentials.sessionToken;
  if (credentials.expiration) portable.expiresAt = credentials.expiration.getTime();
  return portable;
}

export function fromPortable(portable: PortableCredentials): AwsCredentials {
  const credentials: AwsCredentials = {
    accessKeyId: portable.accessKeyId,
    secretAccessKey: portable.secretAccessKey,
  };
  if (portable.sessionToken) credentials.sessionToken = portable.sessionToken;
  if (portable.expiresAt !== undefined) credentials.expiration = new Date(portable.expiresAt);
  return credentials;
}

/** True while the credentials stay valid for at least `marginMs` more. */
export function isFresh(credentials: { expiration?: Date | undefined }, marginMs: number, now = Date.now()): boolean {
  return credentials.expiration === undefined || credentials.expiration.getTime() - now > marginMs;
}

/**
 * Wraps a provider so it is called once and again only shortly before the credentials expire; concurrent
 * callers share one refresh.
 */
export function refreshBeforeExpiry(fetch: AwsCredentialProvider, marginMs: number): AwsCredentialProvider {
  let current: AwsCredentials | undefined;
  let pending: Promise<AwsCredentials> | undefined;
  return () => {
    if (current && isFresh(current, marginMs)) return Promise.resolve(current);
    pending ??= fetch().then(
      (fresh) => {
        current = fresh;
        pending = undefined;
        return fresh;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}
