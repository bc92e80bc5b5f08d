import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { InventoryClient } from '@cloud-inventory/inventory';
import type { LoadReport } from './api-latency.js';
import { ClientMix, seededRandom, type LoadPlan, type MixMethod } from './api-mix.js';

/**
 * A load process of `npm run bench:api`: its clients call the inventory one call after another from the line `start`
 * on stdin to the line `stop`, then it prints its LoadReport as one JSON line and exits. The plan is the JSON file
 * BENCH_LOAD_PLAN names; `{"ready":true}` is printed once every client has made one call.
 */
const planFile = process.env.BENCH_LOAD_PLAN;
if (!planFile) throw new Error('BENCH_LOAD_PLAN: required (the plan file the benchmark wrote)');
const plan = JSON.parse(readFileSync(planFile, 'utf8')) as LoadPlan;

const clients = Array.from({ length: plan.clients }, () => new InventoryClient(plan.address, { deadlineMs: 120_000 }));
await Promise.all(clients.map((client) => client.call('GetSummary', {})));
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);

const report: LoadReport = { latencies: {}, errors: {}, elapsedMs: 0 };
let stopping = false;

async function runClient(client: InventoryClient, index: number): Promise<void> {
  const random = seededRandom(plan!.seed * 1000 + index);
  const mix = new ClientMix(client, plan!, random);
  while (!stopping) {
    const method: MixMethod = mix.nextMethod();
    const startedAt = performance.now();
    try {
      await mix.call(method);
      (report.latencies[method] ??= []).push(Math.round((performance.now() - startedAt) * 10) / 10);
    } catch (error) {
      const errors = (report.errors[method] ??= { count: 0, messages: [] });
      errors.count += 1;
      const message = error instanceof Error ? error.message : String(error);
      if (errors.messages.length < 5 && !errors.messages.includes(message)) errors.messages.push(message);
    }
  }
}

const lines = createInterface({ input: process.stdin });
let running: Promise<void[]> | undefined;
let startedAt = 0;
for await (const line of lines) {
  if (line === 'start' && !running) {
    startedAt = performance.now();
    running = Promise.all(clients.map((client, index) => runClient(client, index)));
  } else if (line === 'stop') break;
}
stopping = true;
await running;
report.elapsedMs = Math.round(performance.now() - startedAt);
for (const client of clients) client.close();
process.stdout.write(`${JSON.stringify(report)}\n`, () => process.exit(0));
