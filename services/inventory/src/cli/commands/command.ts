import type { ParseArgsConfig } from 'node:util';
import type { InventoryClient } from '../../api/inventory-client.js';
import { CliUsageError } from '../cli-errors.js';
import { terminalJson, terminalLines } from '../terminal-text.js';

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Where a command writes: results on stdout, progress on stderr. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal that can redraw a line (live progress); false on a pipe or a dumb terminal. */
  interactive: boolean;
  /** Width of that terminal, when known: a progress line longer than it would wrap and stop redrawing in place. */
  columns?: number;
}

export interface CommandContext {
  client: InventoryClient;
  values: OptionValues;
  /** Positional arguments after the command name. */
  args: string[];
  json: boolean;
  output: CliOutput;
  /** The CLI's environment (INVENTORY_* variables), for commands that read the store's settings. */
  env: Record<string, string | undefined>;
}

export interface Command {
  name: string;
  /** Positional arguments, for the usage line (`<uid>`). */
  argsUsage?: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** One line per option: `--kind KIND   ...`. */
  optionHelp: string[];
  run(context: CommandContext): Promise<void>;
}

/** An option given with an empty value (`--token ''`) is an error, never the same as leaving the option out. */
function requireValue(name: string, value: string): string {
  if (value.trim() === '') throw new CliUsageError(`--${name} needs a value (it was empty)`);
  return value;
}

export function listOption(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  // `--kind a,b` and `--kind a --kind b` mean the same.
  return items
    .filter((item): item is string => typeof item === 'string')
    .map((item) => requireValue(name, item))
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Each occurrence of a repeatable option whose values may hold commas (`--tag`, `--where`), as given. */
export function repeatedOption(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .filter((item): item is string => typeof item === 'string')
    .map((item) => requireValue(name, item));
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? requireValue(name, value) : undefined;
}

export function integerOption(values: OptionValues, name: string, fallback: number, range: [number, number]): number {
  const raw = stringOption(values, name);
  if (raw === undefined) return fallback;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < range[0] || parsed > range[1]) {
    throw new CliUsageError(`--${name} must be an integer from ${range[0]} to ${range[1]}`);
  }
  return parsed;
}

export function requireArg(context: CommandContext, name: string): string {
  const value = context.args[0];
  if (!value) throw new CliUsageError(`missing ${name}`);
  if (context.args.length > 1) throw new CliUsageError(`unexpected argument ${context.args[1]}`);
  return value;
}

export function rejectArgs(context: CommandContext): void {
  if (context.args.length > 0) throw new CliUsageError(`unexpected argument ${context.args[0]}`);
}

/** The --json output: the exact values (see terminalJson). */
export function printJson(context: CommandContext, value: unknown): void {
  context.output.out(terminalJson(value));
}

/** A human-readable result on stdout; every line terminal-safe. */
export function printText(context: CommandContext, text: string): void {
  context.output.out(terminalLines(text));
}

/** A human-readable note (counts, hints) on stderr, one line; terminal-safe. */
export function printNote(context: CommandContext, text: string): void {
  context.output.err(`${terminalLines(text)}\n`);
}
