import { renderFields } from '../table.js';
import { terminalText } from '../terminal-text.js';
import { printJson, printText, requireArg, type Command } from './command.js';

function parseData(json: string): unknown {
  if (json === '') return {};
  return JSON.parse(json) as unknown;
}

export const showCommand: Command = {
  name: 'show',
  argsUsage: '<uid>',
  summary: 'show one resource: its fields, tags and data',
  options: {},
  optionHelp: [],
  async run(context) {
    const uid = requireArg(context, '<uid>');
    const resource = await context.client.call('GetResource', { uid });
    const data = parseData(resource.data_json);
    if (context.json) {
      const { data_json: _dataJson, ...fields } = resource;
      printJson(context, { ...fields, data });
      return;
    }
    const tags = Object.entries(resource.tags).sort(([a], [b]) => a.localeCompare(b));
    printText(
      context,
      [
        renderFields([
          ['uid', resource.uid],
          ['id', resource.id],
          ['kind', resource.kind],
          ['name', resource.name],
          ['cloud', resource.cloud],
          ['account', resource.account],
          ['region', resource.region],
          ['service group', resource.service_group],
          ['type', resource.type],
          ['created', resource.created_at],
          ['updated', resource.updated_at],
          ['first seen', resource.first_seen],
          ['last seen', resource.last_seen],
          ['last sync', resource.last_sync_id],
          ['orphaned since', resource.orphaned_since],
        ]),
        tags.length > 0
          ? `tags:\n${tags.map(([key, value]) => `  ${terminalText(key)} = ${terminalText(value)}`).join('\n')}`
          : 'tags: (none)',
        `data:\n${JSON.stringify(data, null, 2)
          .split('\n')
          .map((line) => `  ${line}`)
          .join('\n')}`,
      ].join('\n'),
    );
  },
};
