import { status } from '@grpc/grpc-js';
import { CliUsageError, isServiceError } from './cli-errors.js';
import { listOption, repeatedOption, type OptionValues } from './commands/command.js';

/** Request fields the CLI fills from one flag each: a field's error is that flag's error. */
const flagOfField: Record<string, string> = {
  page_size: 'limit',
  depth: 'depth',
  direction: 'direction',
  since: 'since',
  until: 'until',
  sync_id: 'sync',
  account: 'account',
};

/** Repeated request fields and the flag whose values (in order, commas split) fill them. */
const flagOfListField: Record<string, string> = {
  kinds: 'kind',
  accounts: 'account',
  regions: 'region',
  services: 'service',
  service_groups: 'service-group',
  clouds: 'cloud',
  uids: 'uid',
  edge_types: 'edge-type',
  changes: 'change',
  states: 'state',
};

/** Repeated fields filled from one whole flag value each (`--where`, `--tag`), with their parts' names. */
const flagOfExpressionField: Record<string, { flag: string; parts: Record<string, string> }> = {
  properties: { flag: 'where', parts: { property: 'the name', op: 'the operator', value: 'the value' } },
  tags: { flag: 'tag', parts: { key: 'the key', value: 'the value' } },
};

const positionalOfField: Record<string, string> = { uid: '<uid>', job_id: '<job-id>' };

/**
 * The flag the user typed for a request field that the inventory rejected (`properties[0].property` ->
 * `--where 9bad=1`, with "the name"), or undefined for a field the CLI does not fill from a flag.
 */
export function flagOf(field: string, values: OptionValues): { flag: string; part?: string } | undefined {
  const match = /^([a-z_]+)(?:\[(\d+)\])?(?:\.([a-z_]+))?$/.exec(field);
  if (!match) return undefined;
  const [, name = '', indexText, part] = match;
  const index = indexText === undefined ? undefined : Number(indexText);
  const expression = flagOfExpressionField[name];
  if (expression && index !== undefined) {
    const given = repeatedOption(values, expression.flag)[index];
    if (given === undefined) return undefined;
    const partName = part === undefined ? undefined : expression.parts[part];
    return { flag: `--${expression.flag} ${given}`, ...(partName ? { part: partName } : {}) };
  }
  const listFlag = flagOfListField[name];
  if (listFlag && index !== undefined) {
    const given = listOption(values, listFlag)[index];
    return given === undefined ? undefined : { flag: `--${listFlag} ${given}` };
  }
  if (index !== undefined || part !== undefined) return undefined;
  const flag = flagOfField[name];
  if (flag) return { flag: `--${flag}` };
  const positional = positionalOfField[name];
  return positional ? { flag: positional } : undefined;
}

/**
 * The inventory rejected a request the CLI built from the command line: that is a usage error (exit 2), told in the
 * user's words (`--where 9bad=1: the name must be ...`) rather than the request's (`properties[0].property: ...`).
 */
export function asUsageError(error: unknown, values: OptionValues): unknown {
  if (!isServiceError(error) || error.code !== status.INVALID_ARGUMENT) return error;
  const details = error.details || error.message;
  const match = /^([^\s:]+): (.*)$/s.exec(details);
  const flag = match ? flagOf(match[1] as string, values) : undefined;
  if (!match || !flag) return new CliUsageError(`invalid request: ${details}`);
  return new CliUsageError(`${flag.flag}: ${flag.part ? `${flag.part} ` : ''}${match[2]}`);
}
