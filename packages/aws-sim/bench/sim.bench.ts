/**
 * `npm run bench:sim`: how many DescribeInstances items per second the simulator serves in pages of 1000 through the
 * real SDK client, with the peak memory of the process (simulator and client share it).
 */
import { request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { Sha256 } from '@aws-crypto/sha256-js';
import { EC2Client, paginateDescribeInstances } from '@aws-sdk/client-ec2';
import { SignatureV4 } from '@smithy/signature-v4';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';

const INSTANCES = Number(process.env.SIM_BENCH_INSTANCES ?? 100_000);
const PAGE_SIZE = 1000;
const REGION = 'us-east-1';

/** The simulator alone: signed DescribeInstances pages over raw HTTP, the XML counted but not parsed. */
async function serveRaw(sim: AwsSimulator): Promise<{ items: number; seconds: number }> {
  const url = new URL(sim.endpoint);
  const signer = new SignatureV4({ service: 'ec2', region: REGION, credentials: sim.credentials, sha256: Sha256 });
  const started = process.hrtime.bigint();
  let items = 0;
  let token: string | undefined;
  do {
    const body = new URLSearchParams({
      Action: 'DescribeInstances',
      Version: '2016-11-15',
      MaxResults: String(PAGE_SIZE),
      ...(token ? { NextToken: token } : {}),
    }).toString();
    const signed = await signer.sign({
      method: 'POST',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: '/',
      query: {},
      headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body,
    });
    const xml = await new Promise<string>((resolve, reject) => {
      const outgoing = httpRequest(sim.endpoint, { method: 'POST', headers: signed.headers }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
    items += xml.split('<reservationId>').length - 1;
    token = /<nextToken>([^<]+)<\/nextToken>/.exec(xml)?.[1];
  } while (token);
  return { items, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

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
  const raw = await serveRaw(sim);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const result = {
    bench: 'aws-sim.describe-instances',
    instances: INSTANCES,
    pageSize: PAGE_SIZE,
    pages,
    items,
    seconds: Number(seconds.toFixed(3)),
    itemsPerSecond: Math.round(items / seconds),
    rawHttpItemsPerSecond: Math.round(raw.items / raw.seconds),
    loadAverage1m: Number(loadavg()[0]?.toFixed(2)),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    rssAtStartMiB: Math.round(rssBefore / 1024 / 1024),
    peakHeapMiB: Math.round(peakHeap / 1024 / 1024),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.stdout.write(
    `aws-sim served ${items} instances in ${pages} pages of ${PAGE_SIZE} in ${result.seconds}s: ${result.itemsPerSecond} items/s through the SDK, ${result.rawHttpItemsPerSecond} items/s over raw HTTP without parsing (load average ${result.loadAverage1m}); peak RSS ${result.peakRssMiB} MiB, peak heap ${result.peakHeapMiB} MiB (simulator and client in one process)\n`,
  );
  if (items !== INSTANCES || raw.items !== INSTANCES)
    throw new Error(`expected ${INSTANCES} items, got ${items} and ${raw.items}`);
} finally {
  clearInterval(sampler);
  client.destroy();
  await sim.stop();
}
