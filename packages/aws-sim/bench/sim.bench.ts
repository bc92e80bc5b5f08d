/**
 * `npm run bench:sim`: how many DescribeInstances items per second the simulator serves in pages of 1000 through the
 * real SDK client, with the peak memory of the process (simulator and client share it).
 */
import { EC2Client, paginateDescribeInstances } from '@aws-sdk/client-ec2';
import { startAwsSimulator } from '@cloud-inventory/aws-sim';

const INSTANCES = Number(process.env.SIM_BENCH_INSTANCES ?? 100_000);
const PAGE_SIZE = 1000;
const REGION = 'us-east-1';

const rssBefore = process.memoryUsage().rss;
let peakHeap = 0;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 20);

const sim = await startAwsSimulator({
  seed: 1,
  size: 'tiny',
  accounts: 1,
  regions: [REGION],
  counts: { instance: INSTANCES },
});
const client = new EC2Client({ endpoint: sim.endpoint, region: REGION, credentials: sim.credentials });
try {
  const started = process.hrtime.bigint();
  let items = 0;
  let pages = 0;
  for await (const page of paginateDescribeInstances({ client, pageSize: PAGE_SIZE }, {})) {
    pages++;
    for (const reservation of page.Reservations ?? []) items += reservation.Instances?.length ?? 0;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const result = {
    bench: 'aws-sim.describe-instances',
    instances: INSTANCES,
    pageSize: PAGE_SIZE,
    pages,
    items,
    seconds: Number(seconds.toFixed(3)),
    itemsPerSecond: Math.round(items / seconds),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    rssAtStartMiB: Math.round(rssBefore / 1024 / 1024),
    peakHeapMiB: Math.round(peakHeap / 1024 / 1024),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.stdout.write(
    `aws-sim served ${items} instances in ${pages} pages of ${PAGE_SIZE} in ${result.seconds}s: ${result.itemsPerSecond} items/s through the SDK; peak RSS ${result.peakRssMiB} MiB, peak heap ${result.peakHeapMiB} MiB (simulator and client in one process)\n`,
  );
  if (items !== INSTANCES) throw new Error(`expected ${INSTANCES} items, got ${items}`);
} finally {
  clearInterval(sampler);
  client.destroy();
  await sim.stop();
}
