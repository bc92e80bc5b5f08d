import pino, { type DestinationStream, type Logger } from 'pino';

/** Every key that can hold a credential, at any depth the inventory logs (requests, secrets, errors, metadata). */
const credentialKeys = [
  'secret',
  'secret_access_key',
  'secretAccessKey',
  'access_key_id',
  'accessKeyId',
  'session_token',
  'sessionToken',
  'external_id',
  'externalId',
  'token',
  'password',
  'authorization',
  'credentials',
];

export const redactPaths = [
  ...credentialKeys,
  ...credentialKeys.map((key) => `*.${key}`),
  ...credentialKeys.map((key) => `*.*.${key}`),
  'headers.authorization',
  'metadata.authorization',
  'err.config',
  'err.request',
  'err.$response',
];

/** The one root logger of an inventory process: pino JSON with every credential key redacted. */
export function createRootLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      name: 'inventory',
      level: options.level ?? 'info',
      redact: { paths: redactPaths, censor: '[redacted]' },
      // Not "service": task loggers bind the AWS service under that key.
      base: { app: 'inventory' },
    },
    options.destination,
  );
}
