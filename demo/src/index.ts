export { startDemo, type DemoOptions, type RunningDemo } from './start-demo.js';
export { summarizeDemoSync, type DemoSummary } from './demo-summary.js';
export { renderDemoSummary, renderCountTable } from './render-summary.js';
export { demoRegions, demoSimulatorOptions } from './demo-world.js';
export { demoInventoryConfig, demoCredentialVariables } from './demo-config.js';
