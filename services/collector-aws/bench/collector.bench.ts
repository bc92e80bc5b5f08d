// npm run bench:collector: the collector against the simulator at two account sizes (10k and 100k resources),
// each run in fresh processes (simulator and collector apart), then the payload encoding and batch size comparisons.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runGrpcBatchBench } from './grpc-batches.js';
import { runPayloadBench } from './payload-encoding.js';

const tsx = ['--import', 'tsx', '--conditions=@cloud-inventory/source', '--no-warnings'];
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

function firstMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message as T));
    child.once('exit', (code) => reject(new Error(`child exited with ${code} before answering`)));
  });
}

interface RunResult {
  resources: number;
  resourcesPerSecond: number;
  collectorMs: number;
  bareMs: number;
  ratio: number;
  baselineRssMb: number;
  collectorPeakRssMb: number;
}

async function runSize(total: number): Promise<RunResult> {
  const counts = {
    instance: Math.round(total * 0.5),
    volume: Math.round(total * 0.35),
    snapshot: Math.round(total * 0.15),
    image: 3,
    vpc: 2,
    subnet: 4,
    securityGroup: 4,
    address: 0,
    bucket: 0,
    trail: 0,
  };
  const sim = fork(here('./sim-process.ts'), [JSON.stringify(counts)], { execArgv: tsx, stdio: 'inherit' });
  try {
    const info = await firstMessage<object>(sim);
    const run = fork(here('./measure-run.ts'), [JSON.stringify(info)], { execArgv: tsx, stdio: 'inherit' });
    return await firstMessage<RunResult>(run);
  } finally {
    sim.send('stop');
  }
}

const results: Record<string, RunResult> = {};
// `npm run bench:collector -- 50000 200000` measures other sizes; the first two are compared for memory.
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0);
for (const total of sizes.length > 0 ? sizes : [10_000, 100_000]) {
  const result = await runSize(total);
  results[String(total)] = result;
  process.stdout.write(
    `${String(result.resources).padStart(7)} resources: ${result.resourcesPerSecond} resources/s, ` +
      `collector ${result.collectorMs} ms vs bare SDK paging ${result.bareMs} ms = ${result.ratio}x, ` +
      `peak RSS during collection ${result.collectorPeakRssMb} MB (baseline ${result.baselineRssMb} MB, workers included)\n`,
  );
}
const [small, large] = Object.values(results);
if (small && large) {
  process.stdout.write(
    `memory: ${small.resources} -> ${small.collectorPeakRssMb} MB, ${large.resources} -> ${large.collectorPeakRssMb} MB ` +
      `(x${(large.collectorPeakRssMb / small.collectorPeakRssMb).toFixed(2)} for x${(large.resources / small.resources).toFixed(0)} the resources)\n`,
  );
}
const payload = runPayloadBench();
const grpcBatches = await runGrpcBatchBench();
process.stdout.write(`${JSON.stringify({ bench: 'collector', results, payload, grpcBatches })}\n`);
