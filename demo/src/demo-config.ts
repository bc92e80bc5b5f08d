import { parseConfig, type InventoryConfig } from '@cloud-inventory/inventory';

/** Names of the variables (in the demo's own environment object) that hold the simulator's key pair. */
export const demoCredentialVariables = {
  accessKeyIdEnv: 'DEMO_AWS_ACCESS_KEY_ID',
  secretAccessKeyEnv: 'DEMO_AWS_SECRET_ACCESS_KEY',
} as const;

export interface DemoConfigInput {
  accountId: string;
  simulatorEndpoint: string;
  collectorAddress: string;
  apiHost: string;
  apiPort: number;
  dataDir: string;
  regions: string[];
}

/** The inventory configuration of the demo: one account, the simulator as its AWS endpoint, no schedule. */
export function demoInventoryConfig(input: DemoConfigInput): InventoryConfig {
  return parseConfig({
    accounts: [
      {
        name: 'demo',
        id: input.accountId,
        collector: input.collectorAddress,
        credentials: { type: 'static', ...demoCredentialVariables },
        regions: input.regions,
        endpointUrl: input.simulatorEndpoint,
      },
    ],
    schedule: { enabled: false },
    store: { dataDir: input.dataDir },
    api: { host: input.apiHost, port: input.apiPort },
    metrics: { enabled: false },
  });
}
