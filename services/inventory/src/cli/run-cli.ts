import { InventoryClient } from '../api/inventory-client.js';
import { defaultAddress, parseCommandLine } from './cli-args.js';
import { CliUsageError, explainFailure } from './cli-errors.js';
import { commands } from './commands/index.js';
import { integerOption, stringOption, type CliOutput, type OptionValues } from './commands/command.js';
import { asUsageError } from './request-flags.js';
import { terminalText } from './terminal-text.js';
import { commandUsage, generalUsage } from './usage.js';

export interface CliEnvironment {
  env: Record<string, string | undefined>;
  output: CliOutput;
}

/** Runs one command line; returns the exit code (0 ok, 1 failed, 2 usage). Never throws. */
export async function runCli(argv: string[], { env, output }: CliEnvironment): Promise<number> {
  let address = env.INVENTORY_ADDRESS || defaultAddress;
  let timeoutMs = 30_000;
  let client: InventoryClient | undefined;
  let values: OptionValues = {};
  try {
    const parsed = parseCommandLine(argv, commands);
    if (parsed.unknownCommand !== undefined) {
      throw new CliUsageError(`unknown command "${parsed.unknownCommand}"`);
    }
    const { command, args } = parsed;
    values = parsed.values;
    if (values.help || !command) {
      output.out(command ? commandUsage(command) : generalUsage(commands));
      return values.help ? 0 : 2;
    }
    address = stringOption(values, 'address') ?? address;
    timeoutMs = integerOption(values, 'timeout', 30, [1, 3600]) * 1000;
    const ca = stringOption(values, 'ca');
    const token = stringOption(values, 'token') ?? (env.INVENTORY_API_TOKEN || undefined);
    client = new InventoryClient(address, {
      ...(token ? { token } : {}),
      ...(ca || values.tls ? { tls: ca ? { caFile: ca } : {} } : {}),
      deadlineMs: timeoutMs,
    });
    await command.run({ client, values, args, json: values.json === true, output, env });
    return 0;
  } catch (thrown) {
    const error = asUsageError(thrown, values);
    // Error messages carry what the server and the user sent (uids, names): terminal-safe, like every output.
    output.err(`cloud-inventory: ${terminalText(explainFailure(error, { address, timeoutMs }))}\n`);
    if (error instanceof CliUsageError) {
      output.err(`run with --help for usage\n`);
      return 2;
    }
    return 1;
  } finally {
    client?.close();
  }
}
