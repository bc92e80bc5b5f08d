/** Helpers for tests only (`@cloud-inventory/protocol/testing`); production code never imports them. */
export * from './self-signed-certificate.js';
export * from './silent-logger.js';
export * from './grpc-error-of.js';
export * from './request-fields.js';
export * from './request-limits-cases.js';
export * from './promtool-metrics.js';
