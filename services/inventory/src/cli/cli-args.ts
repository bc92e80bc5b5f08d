import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './cli-errors.js';
import type { Command, OptionValues } from './commands/command.js';

export const defaultAddress = '127.0.0.1:50052';

type ParseArgsOptions = NonNullable<ParseArgsConfig['options']>;

export const globalOptions = {
  address: { type: 'string' },
  token: { type: 'string' },
  json: { type: 'boolean' },
  timeout: { type: 'string' },
  tls: { type: 'boolean' },
  ca: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptions;

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

/**
 * `--limit -5`: node:util reads a value that starts with "-" as a forgotten value, and fails with three lines. A
 * negative number after an option that takes a value is that option's value (`--limit=-5`), so the option's own
 * check says what is wrong with it.
 */
function joinNegativeNumbers(argv: string[], options: ParseArgsOptions): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    const next = argv[index + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\.?\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      index += 1;
    } else joined.push(arg);
  }
  return joined;
}

/** node:util's parse errors, in one line that names the option. */
function usageErrorOf(error: Error): CliUsageError {
  const ambiguous = /^Option '(--[^' ]+)' argument is ambiguous/.exec(error.message);
  if (ambiguous) {
    const option = ambiguous[1] as string;
    return new CliUsageError(`${option} needs a value (a value that starts with "-" is written ${option}=VALUE)`);
  }
  // Drop the hint about `--`, which does not apply here.
  return new CliUsageError((error.message.split('\n')[0] ?? '').replace(/\. To specify a positional.*$/s, ''));
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
  const options: ParseArgsOptions = { ...globalOptions, ...(command?.options ?? {}) };
  try {
    const { values, positionals } = parseArgs({
      args: joinNegativeNumbers(rest, options),
      options,
      allowPositionals: true,
      strict: true,
    });
    return { ...(command ? { command } : {}), values: values as OptionValues, args: positionals };
  } catch (error) {
    throw usageErrorOf(error as Error);
  }
}
