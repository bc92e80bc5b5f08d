import { existsSync } from 'node:fs';
import { backupSqliteFile, graphStoreConfigFromEnv, InvalidStoreArgumentError } from '@cloud-inventory/graph-store';
import { loadConfig } from '../../config/load-config.js';
import { CliFailure, CliUsageError } from '../cli-errors.js';
import { printJson, printText, requireArg, stringOption, type Command, type CommandContext } from './command.js';

/** The store file: --db, else where the inventory with this environment keeps it (INVENTORY_DATA_DIR, the config). */
async function storeFile(context: CommandContext): Promise<string> {
  const given = stringOption(context.values, 'db');
  if (given) return given;
  let dataDir: string;
  try {
    dataDir = (await loadConfig(context.env)).store.dataDir;
  } catch (error) {
    throw new CliFailure(`cannot tell where the store is: ${(error as Error).message}; pass --db FILE`);
  }
  const store = graphStoreConfigFromEnv(context.env, dataDir);
  if (store.kind === 'neo4j') {
    throw new CliFailure(
      'the store is Neo4j (NEO4J_URI): back it up with neo4j-admin database dump; cloud-inventory backup copies the embedded SQLite store',
    );
  }
  return store.path;
}

export const backupCommand: Command = {
  name: 'backup',
  argsUsage: '<file>',
  summary: 'copy the embedded store to a new file, consistently, while the inventory runs',
  options: { db: { type: 'string' } },
  optionHelp: [
    "--db FILE          the store file (default: inventory.db in INVENTORY_DATA_DIR or the config's store.dataDir)",
    '                   reads the file directly: run it where the inventory keeps its data',
    '                   (docker-compose exec inventory cloud-inventory backup /data/backup.db)',
  ],
  async run(context) {
    const destination = requireArg(context, '<file>');
    const source = await storeFile(context);
    if (!existsSync(source)) {
      throw new CliFailure(
        `no store file at ${source}: backup reads the store file itself, so run it where the inventory keeps its data, or pass --db FILE`,
      );
    }
    const result = await backupSqliteFile(source, destination).catch((error: unknown) => {
      if (!(error instanceof InvalidStoreArgumentError)) throw error;
      throw new CliUsageError(`${error.field === 'destination' ? destination : source}: ${error.reason}`);
    });
    if (context.json) printJson(context, { source, ...result });
    else printText(context, `backed up ${source} to ${result.path} (${(result.bytes / 1024 / 1024).toFixed(1)} MiB)`);
  },
};
