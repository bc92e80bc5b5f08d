import type { InventoryApi } from '@cloud-inventory/protocol';
import { CliUsageError } from '../cli-errors.js';
import { renderTable } from '../table.js';
import { listOption, printJson, rejectArgs, type Command } from './command.js';

function scopeTable(scopes: InventoryApi.PurgeScope__Output[]): string {
  return renderTable(
    [
      { title: 'account', value: (scope: InventoryApi.PurgeScope__Output) => scope.account },
      { title: 'region', value: (scope) => scope.region },
      { title: 'kind', value: (scope) => scope.kind },
      { title: 'resources', value: (scope) => scope.count, align: 'right' },
    ],
    scopes,
  );
}

/** Without --yes it only shows what would go: a purge cannot be undone (the next sync restores only what is configured). */
export const purgeCommand: Command = {
  name: 'purge',
  summary: 'remove orphaned resources now (a dry run unless --yes)',
  options: {
    account: { type: 'string', multiple: true },
    region: { type: 'string', multiple: true },
    'service-group': { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
    yes: { type: 'boolean' },
    force: { type: 'boolean' },
  },
  optionHelp: [
    '--account ID       the account (required; repeatable)',
    '--region REGION    only this region (repeatable)',
    '--service-group G  only this service group, such as EC2 (repeatable)',
    '--dry-run          show what would be removed (the default without --yes)',
    '--yes              remove it',
    '--force            also what is not orphaned, and scopes the configuration still syncs',
  ],
  async run(context) {
    rejectArgs(context);
    const accounts = listOption(context.values, 'account');
    if (accounts.length === 0) throw new CliUsageError('purge needs --account');
    if (context.values['dry-run'] && context.values.yes)
      throw new CliUsageError('--dry-run and --yes exclude each other');
    const isDryRun = !context.values.yes;
    const response = await context.client.call('PurgeResources', {
      accounts,
      regions: listOption(context.values, 'region'),
      service_groups: listOption(context.values, 'service-group'),
      dry_run: isDryRun,
      force: Boolean(context.values.force),
    });
    if (context.json) {
      printJson(context, response);
      return;
    }
    if (response.scopes.length > 0) context.output.out(scopeTable(response.scopes));
    const selection = `${response.matched} resource(s) in the selection, ${response.orphaned} orphaned`;
    context.output.err(
      isDryRun
        ? `dry run: would remove ${response.deleted} (${selection}); nothing was removed. Run again with --yes to remove them.\n`
        : `removed ${response.deleted} resource(s) and ${response.deleted_edges} edge(s) (${selection}); recorded as deleted changes under ${response.purge_id}\n`,
    );
  },
};
