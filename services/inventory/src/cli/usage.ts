import { globalHelp } from './cli-args.js';
import type { Command } from './commands/command.js';

export function generalUsage(commands: Command[]): string {
  const width = Math.max(...commands.map((command) => `${command.name} ${command.argsUsage ?? ''}`.length));
  return [
    'usage: cloud-inventory <command> [arguments] [options]      (from the repository: npm run cli -- <command> ...)',
    '',
    'Talks to a running inventory over gRPC.',
    '',
    'commands:',
    ...commands.map((command) => `  ${`${command.name} ${command.argsUsage ?? ''}`.padEnd(width)}  ${command.summary}`),
    '',
    'global options:',
    ...globalHelp.map((line) => `  ${line}`),
  ].join('\n');
}

export function commandUsage(command: Command): string {
  return [
    `usage: cloud-inventory ${command.name}${command.argsUsage ? ` ${command.argsUsage}` : ''} [options]`,
    '',
    command.summary,
    ...(command.optionHelp.length > 0 ? ['', 'options:', ...command.optionHelp.map((line) => `  ${line}`)] : []),
    '',
    'global options:',
    ...globalHelp.map((line) => `  ${line}`),
  ].join('\n');
}
