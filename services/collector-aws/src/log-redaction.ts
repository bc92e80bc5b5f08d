/** Every key that can hold a credential, at the top level and nested (pino redact paths). */
const secretKeys = [
  'secret',
  'secret_access_key',
  'secretAccessKey',
  'session_token',
  'sessionToken',
  'access_key_id',
  'accessKeyId',
  'credentials',
  'authorization',
  'token',
  'password',
];

export const redactPaths: string[] = [
  ...secretKeys,
  ...secretKeys.map((key) => `*.${key}`),
  ...secretKeys.map((key) => `*.*.${key}`),
  'req.headers.authorization',
  'err.config',
];
