export * from './collector-client.js';
export * from './collect-account.js';
export * from './kind-calls.js';
export * from './sim-account-secret.js';
export * from './captured-logger.js';
