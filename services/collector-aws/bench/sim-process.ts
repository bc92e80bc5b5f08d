// A simulator in its own process, so the benchmark's memory figures are the collector's alone.
import { startAwsSimulator } from '@cloud-inventory/aws-sim';

const counts = JSON.parse(process.argv[2] ?? '{}') as Record<string, number>;
const sim = await startAwsSimulator({ accounts: 1, regions: ['us-east-1'], counts, seed: 1 });
process.send?.({ endpoint: sim.endpoint, credentials: sim.credentials, account: sim.mainAccountId });
process.on('message', (message) => {
  if (message === 'stop') void sim.stop().then(() => process.exit(0));
});
