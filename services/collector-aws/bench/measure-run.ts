// One measured run in a fresh process: bare SDK paging vs the collector over gRPC, same data, same process.
import {
  EC2Client,
  paginateDescribeInstances,
  paginateDescribeSnapshots,
  paginateDescribeVolumes,
} from '@aws-sdk/client-ec2';
import { pino } from 'pino';
import { startAwsCollector } from '../src/server.js';
import { CollectorTestClient, awsSecretOf } from '../src/testing/collector-client.js';

interface SimInfo {
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

const sim = JSON.parse(process.argv[2] ?? '{}') as SimInfo;
const region = 'us-east-1';

function sampleRss(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

async function barePaging(): Promise<{ items: number; ms: number }> {
  const client = new EC2Client({ region, endpoint: sim.endpoint, credentials: sim.credentials });
  const started = performance.now();
  const counts = await Promise.all([
    (async () => {
      let n = 0;
      for await (const page of paginateDescribeInstances({ client, pageSize: 1000 }, {})) {
        for (const reservation of page.Reservations ?? []) n += reservation.Instances?.length ?? 0;
      }
      return n;
    })(),
    (async () => {
      let n = 0;
      for await (const page of paginateDescribeVolumes({ client, pageSize: 500 }, {})) n += page.Volumes?.length ?? 0;
      return n;
    })(),
    (async () => {
      let n = 0;
      for await (const page of paginateDescribeSnapshots({ client, pageSize: 1000 }, { OwnerIds: ['self'] })) {
        n += page.Snapshots?.length ?? 0;
      }
      return n;
    })(),
  ]);
  const ms = performance.now() - started;
  client.destroy();
  return { items: counts.reduce((a, b) => a + b, 0), ms };
}

async function collectorRun(
  client: CollectorTestClient,
  kinds = ['aws_ec2_instance', 'aws_ec2_volume', 'aws_ec2_snapshot'],
): Promise<{ items: number; ms: number; messages: number }> {
  const secret = awsSecretOf(sim.credentials);
  const task = {
    task_id: `ec2:${region}`,
    type: 'CLOUD_SERVICE' as const,
    service: 'ec2',
    region,
    kinds,
  };
  const started = performance.now();
  let items = 0;
  let messages = 0;
  await new Promise<void>((resolve, reject) => {
    const call = client.collector.Collect(
      { task, options: { endpoint_url: sim.endpoint }, secret },
      client.metadata('bench'),
    );
    call.on('data', (response: { resources: unknown[]; scope_result: { state: string } | null }) => {
      items += response.resources.length;
      messages += 1;
      if (response.scope_result && response.scope_result.state !== 'SUCCESS') reject(new Error('a scope failed'));
    });
    call.on('error', reject);
    call.on('end', () => resolve());
  });
  return { items, ms: performance.now() - started, messages };
}

const baselineRss = process.memoryUsage.rss();
const collector = await startAwsCollector({
  port: 0,
  logger: pino({ level: 'silent' }),
  insecureNoAuth: true,
  allowedEndpoints: [sim.endpoint],
});
const client = new CollectorTestClient(collector.address);
// Warm-up: boot the workers and load the SDK in them, as a long-running collector would have done already.
await collectorRun(client, ['aws_ec2_image', 'aws_vpc', 'aws_subnet', 'aws_ec2_security_group']);
const bareFirst = await barePaging();
const rss = sampleRss();
const collected = await collectorRun(client);
const collectorPeakRss = rss.stop();
const bareAgain = await barePaging();
client.close();
await collector.stop();
const bareMs = (bareFirst.ms + bareAgain.ms) / 2;
process.send?.({
  resources: collected.items,
  messages: collected.messages,
  bareItems: bareFirst.items,
  collectorMs: Math.round(collected.ms),
  bareMs: Math.round(bareMs),
  ratio: Number((collected.ms / bareMs).toFixed(2)),
  resourcesPerSecond: Math.round(collected.items / (collected.ms / 1000)),
  baselineRssMb: Math.round(baselineRss / 1048576),
  collectorPeakRssMb: Math.round(collectorPeakRss / 1048576),
  processMaxRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / 1048576),
});
process.exit(0);
