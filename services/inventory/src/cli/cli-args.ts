import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './cli-errors.js';
import type { Command, OptionValues } from './commands/command.js';

export const defaultAddress = '127.0.0.1:50052';

export const globalOptions = {
  address: { type: 'string' },
  token: { type: 'string' },
  json: { type: 'boolean' },
  timeout: { type: 'string' },
  tls: { type: 'boolean' },
  ca: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export const globalHelp = [
  `--address HOST:PORT  the inventory API (default: INVENTORY_ADDRESS or ${defaultAddress})`,
  '--token TOKEN        API token (default: INVENTORY_API_TOKEN)',
  '--json               machine-readable output on stdout',
  '--timeout SECONDS    per call (default 30)',
  '--tls                connect with TLS (system roots); --ca FILE trusts that CA instead',
  '-h, --help           help (also: <command> --help)',
];

export interface ParsedCommandLine {
  command?: Command;
  /** The first word, when it names no command. */
  unknownCommand?: string;
  values: OptionValues;
  args: string[];
}

const takesValue = new Set(
  Object.entries(globalOptions)
    .filter(([, option]) => option.type === 'string')
    .map(([name]) => `--${name}`),
);

/** Finds the command word: the first argument that is neither an option nor a global option's value. */
function commandIndex(argv: string[]): number {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === '--') return index + 1 < argv.length ? index + 1 : -1;
    if (takesValue.has(arg)) index += 1;
    else if (!arg.startsWith('-')) return index;
  }
  return -1;
}

/** `cloud-inventory [global options] <command> [args] [options]`; global options may come anywhere. */
export function parseCommandLine(argv: string[], commands: Command[]): ParsedCommandLine {
  const index = commandIndex(argv);
  const word = index >= 0 ? argv[index] : undefined;
  const command = commands.find((candidate) => candidate.name === word || `${candidate.name}s` === word);
  if (word !== undefined && !command) {
    return { unknownCommand: word, values: {}, args: [] };
  }
  const rest = index >= 0 ? [...argv.slice(0, index), ...argv.slice(index + 1)] : argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...globalOptions, ...(command?.options ?? {}) },
      allowPositionals: true,
      strict: true,
    });
    return { ...(command ? { command } : {}), values: values as OptionValues, args: positionals };
  } catch (error) {
    // node:util's messages name the option; drop its hint about `--` which does not apply here.
    throw new CliUsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
}
