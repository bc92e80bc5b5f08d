import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { canRedrawLine, createRootLogger, stopSignal, terminalJson, terminalText } from '@cloud-inventory/inventory';
import { demoUsage, parseDemoOptions, type DemoCliOptions } from './demo-options.js';
import { syncDemo } from './demo-progress.js';
import { renderDemoSummary } from './render-summary.js';
import { startDemo, type RunningDemo } from './start-demo.js';

/**
 * `npm run demo`: simulator + collector + inventory on the embedded store, one sync, a summary, then the gRPC API
 * stays up for the CLI until Ctrl-C. `npm run demo -- --once --json` prints the summary as JSON and exits.
 */
async function main(options: DemoCliOptions): Promise<number> {
  if (options.help) {
    process.stdout.write(`${demoUsage}\n`);
    return 0;
  }
  const logger = createRootLogger({
    level: options.verbose ? 'info' : 'warn',
    destination: pino.destination({ fd: 2, sync: true }),
  });
  const temporaryDir = options.dataDir ? undefined : await mkdtemp(join(tmpdir(), 'cloud-inventory-demo-'));
  const dataDir = options.dataDir ?? (temporaryDir as string);
  const say = (text: string) => {
    if (!options.json) process.stdout.write(`${text}\n`);
  };

  let demo: RunningDemo | undefined;
  const shutdown = async () => {
    await demo?.stop();
    if (temporaryDir) await rm(temporaryDir, { recursive: true, force: true });
  };
  try {
    say('Starting the AWS simulator, the AWS collector and the inventory (embedded store)...');
    demo = await startDemo({ dataDir, logger, apiPort: options.port, seed: options.seed });
    const token = process.env.INVENTORY_API_TOKEN;
    say(`Simulated account ${demo.simulator.mainAccountId} in ${demo.simulator.regions.join(', ')}; syncing...`);
    // The live line on a terminal only: not on a pipe, nor with --json.
    const isLive = !options.json && canRedrawLine(process.stderr, process.env);
    const summary = await syncDemo(demo, {
      logger,
      ...(token ? { token } : {}),
      ...(isLive ? { write: (text: string) => process.stderr.write(text) } : {}),
      ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
    });
    if (options.json) process.stdout.write(`${terminalJson(summary, 0)}\n`);
    else say(`\n${renderDemoSummary(summary)}\n`);
    if (options.once) {
      await shutdown();
      return summary.state === 'SUCCESS' ? 0 : 1;
    }
    const addressFlag = demo.apiAddress === '127.0.0.1:50052' ? '' : ` --address ${demo.apiAddress}`;
    say(
      [
        `Inventory gRPC API on ${demo.apiAddress}${token ? ' (token from INVENTORY_API_TOKEN)' : ''}; data in ${dataDir}.`,
        'Explore it from another terminal:',
        `  npm run cli -- summary${addressFlag}`,
        `  npm run cli -- resources --kind aws_ec2_instance --region eu-west-1${addressFlag}`,
        `  npm run cli -- neighbors <uid>${addressFlag}`,
        `  npm run cli -- sync${addressFlag}`,
        `  grpcurl -plaintext ${demo.apiAddress} cloudinventory.inventory.v1.Inventory/GetSummary`,
        'Press Ctrl-C to stop.',
      ].join('\n'),
    );
  } catch (error) {
    await shutdown();
    throw error;
  }
  await stopSignal();
  say('Stopping...');
  await shutdown();
  return 0;
}

function describeStartFailure(error: unknown, options: DemoCliOptions | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  if (options && /No address added|EADDRINUSE/i.test(message)) {
    return `port ${options.port} is already in use: stop what uses it or pass --port 0 (any free port)`;
  }
  return message;
}

// The simulator is the AWS endpoint here; the SDK's Node-version notice would only clutter the demo's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

let options: DemoCliOptions | undefined;
try {
  options = parseDemoOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`demo: ${terminalText((error as Error).message)}\n${demoUsage}\n`);
  process.exit(2);
}
main(options).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`demo failed: ${terminalText(describeStartFailure(error, options))}\n`);
    process.exit(1);
  },
);
