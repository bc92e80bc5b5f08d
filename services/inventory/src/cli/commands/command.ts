import type { ParseArgsConfig } from 'node:util';
import type { InventoryClient } from '../../api/inventory-client.js';
import { CliUsageError } from '../cli-errors.js';

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Where a command writes: results on stdout, progress on stderr. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress may rewrite its line). */
  interactive: boolean;
}

export interface CommandContext {
  client: InventoryClient;
  values: OptionValues;
  /** Positional arguments after the command name. */
  args: string[];
  json: boolean;
  output: CliOutput;
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

export function listOption(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  // `--kind a,b` and `--kind a --kind b` mean the same.
  return items
    .filter((item): item is string => typeof item === 'string')
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
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

export function printJson(context: CommandContext, value: unknown): void {
  context.output.out(JSON.stringify(value, null, 2));
}
