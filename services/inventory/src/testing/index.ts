/** Helpers for tests only (`@cloud-inventory/inventory/testing`); production code never imports them. */
export * from './manual-clock.js';
