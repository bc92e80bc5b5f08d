#!/usr/bin/env node
import { canRedrawLine } from './job-progress.js';
import { runCli } from './run-cli.js';

/** `cloud-inventory` (bin) and `npm run cli -- ...`: the inventory's command line over gRPC. */
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  output: {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(text),
    interactive: canRedrawLine(process.stderr, process.env),
    ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
  },
});
process.exitCode = code;
