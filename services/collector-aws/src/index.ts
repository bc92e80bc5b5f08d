export { startAwsCollector, type AwsCollectorOptions } from './server.js';
export { registry } from './registry.js';
