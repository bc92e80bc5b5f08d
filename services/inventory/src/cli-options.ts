export interface CliOptions {
  /** Run one sync and exit (non-zero when it did not succeed). */
  once: boolean;
  /** With --once: print the summary as one JSON object on stdout (logs go to stderr). */
  json: boolean;
  configFile?: string;
}

export function parseCliOptions(args: string[]): CliOptions {
  const options: CliOptions = { once: false, json: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--once') options.once = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--config') {
      const file = args[index + 1];
      if (!file) throw new Error('--config needs a file path');
      options.configFile = file;
      index += 1;
    } else throw new Error(`unknown option ${arg} (expected --once, --json, --config <file>)`);
  }
  return options;
}
