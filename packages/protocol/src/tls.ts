import { credentials, ServerCredentials, type ChannelCredentials } from '@grpc/grpc-js';
import { readFileSync } from 'node:fs';

/** File paths of PEM files; without cert and key the server is plaintext (loopback, tests). */
export interface ServerTlsOptions {
  certFile: string;
  keyFile: string;
  /** Require and verify client certificates signed by this CA (mutual TLS). */
  caFile?: string | undefined;
}

export function createServerCredentials(tls: ServerTlsOptions | undefined): ServerCredentials {
  if (!tls) return ServerCredentials.createInsecure();
  const ca = tls.caFile ? readFileSync(tls.caFile) : null;
  return ServerCredentials.createSsl(
    ca,
    [{ cert_chain: readFileSync(tls.certFile), private_key: readFileSync(tls.keyFile) }],
    ca !== null,
  );
}

export interface ChannelTlsOptions {
  /** Trust this CA instead of the system roots (self-signed deployments). */
  caFile?: string | undefined;
  /** Client certificate for mutual TLS. */
  certFile?: string | undefined;
  keyFile?: string | undefined;
}

/** Plaintext without options; TLS with the given CA / client certificate otherwise. */
export function createChannelCredentials(tls: ChannelTlsOptions | undefined): ChannelCredentials {
  if (!tls) return credentials.createInsecure();
  return credentials.createSsl(
    tls.caFile ? readFileSync(tls.caFile) : null,
    tls.keyFile ? readFileSync(tls.keyFile) : null,
    tls.certFile ? readFileSync(tls.certFile) : null,
  );
}

/** Reads TLS file paths from env (`<PREFIX>_TLS_CERT`, `_TLS_KEY`, `_TLS_CA`); undefined when cert/key are unset. */
export function serverTlsFromEnv(env: NodeJS.ProcessEnv, prefix: string): ServerTlsOptions | undefined {
  const certFile = env[`${prefix}_TLS_CERT`];
  const keyFile = env[`${prefix}_TLS_KEY`];
  if (!certFile || !keyFile) return undefined;
  return { certFile, keyFile, caFile: env[`${prefix}_TLS_CA`] || undefined };
}
