import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** PEM file paths, in the shape of `ServerTlsOptions`. */
export interface CertificateFiles {
  certFile: string;
  keyFile: string;
}

/**
 * Writes a throw-away self-signed certificate for `localhost` and `127.0.0.1` (valid one day) into `dir` as
 * `cert.pem` and `key.pem`. Throws when openssl is not installed or fails.
 */
export function writeSelfSignedCertificate(dir: string): CertificateFiles {
  const files = { certFile: join(dir, 'cert.pem'), keyFile: join(dir, 'key.pem') };
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      files.keyFile,
      '-out',
      files.certFile,
    ],
    { stdio: 'ignore' },
  );
  return files;
}
