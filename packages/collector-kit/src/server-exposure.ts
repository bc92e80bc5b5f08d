import { isIPv4 } from 'node:net';
import { CollectorConfigError } from './errors.js';

export interface ServerExposure {
  host: string;
  token?: string | undefined;
  /** Serve without a token: allowed on a loopback address only. */
  insecureNoAuth?: boolean | undefined;
}

/**
 * A collector serves the account credentials' reach (and, with ResourceActions, deletions) to whoever may call it:
 * without a token it refuses to start, unless told to serve unauthenticated, and then on loopback only.
 */
export function assertSafeExposure(exposure: ServerExposure): void {
  if (exposure.token) return;
  if (!exposure.insecureNoAuth) {
    throw new CollectorConfigError(
      'COLLECTOR_API_TOKEN',
      'required (a long random value, such as openssl rand -hex 32); ' +
        'to serve without authentication on loopback only, pass --insecure-no-auth',
    );
  }
  if (!isLoopbackHost(exposure.host)) {
    throw new CollectorConfigError(
      'COLLECTOR_HOST',
      `--insecure-no-auth serves on loopback only (127.0.0.1, ::1 or localhost), not ${exposure.host}`,
    );
  }
}

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare;
  return isIPv4(v4) && v4.startsWith('127.');
}
