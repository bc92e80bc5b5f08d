import { backupCommand } from './backup.command.js';
import { changesCommand } from './changes.command.js';
import type { Command } from './command.js';
import { jobsCommand } from './jobs.command.js';
import { neighborsCommand } from './neighbors.command.js';
import { purgeCommand } from './purge.command.js';
import { resourcesCommand } from './resources.command.js';
import { searchCommand } from './search.command.js';
import { showCommand } from './show.command.js';
import { summaryCommand } from './summary.command.js';
import { cancelCommand, jobCommand, syncCommand } from './sync.command.js';

/** Every command of the CLI, in the order the help lists them. */
export const commands: Command[] = [
  syncCommand,
  jobsCommand,
  jobCommand,
  cancelCommand,
  resourcesCommand,
  showCommand,
  neighborsCommand,
  changesCommand,
  searchCommand,
  summaryCommand,
  backupCommand,
  purgeCommand,
];
