/** Helpers for tests only (`@cloud-inventory/inventory/testing`); production code never imports them. */
export * from './manual-clock.js';
export * from '../react/testing/holding-receiver.js';
export * from '../react/testing/webhook-receiver.js';
