import type { InventoryApi } from '@cloud-inventory/protocol';
import { CliUsageError } from '../cli-errors.js';
import { listOption, repeatedOption, type OptionValues } from './command.js';
import { parseRelatedPath } from './related-path.js';
import { parseWhere } from './where-expression.js';

/**
 * `--tag KEY` (has the tag) or `--tag KEY=VALUE`. The first "=" ends the key, so a key that holds "=" writes it
 * `\=` (and a backslash before "=" as `\\`): `--tag 'a\=b=c'` is key `a=b`, value `c`. The value is taken as is.
 */
export function parseTag(expression: string): InventoryApi.TagCondition {
  let key = '';
  for (let index = 0; index < expression.length; index += 1) {
    const character = expression[index] as string;
    const next = expression[index + 1];
    if (character === '\\' && (next === '=' || next === '\\')) {
      key += next;
      index += 1;
    } else if (character === '=') {
      if (key === '') throw new CliUsageError(`--tag ${expression}: the key is missing`);
      return { key, value: expression.slice(index + 1) };
    } else key += character;
  }
  return { key };
}

export const resourceFilterOptions = {
  kind: { type: 'string', multiple: true },
  account: { type: 'string', multiple: true },
  region: { type: 'string', multiple: true },
  'service-group': { type: 'string', multiple: true },
  cloud: { type: 'string', multiple: true },
  uid: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  where: { type: 'string', multiple: true },
  with: { type: 'string', multiple: true },
  without: { type: 'string', multiple: true },
} as const;

export const resourceFilterHelp = [
  '--kind KIND        such as aws_ec2_instance (repeatable, or comma-separated)',
  '--account ID       (repeatable)',
  '--region REGION    (repeatable)',
  '--service-group G  such as EC2 (repeatable)',
  '--cloud NAME       such as aws (repeatable)',
  '--uid UID          (repeatable)',
  '--tag KEY[=VALUE]  has the tag (with that value) (repeatable); write an = inside KEY as \\=',
  '--where EXPR       NAME=VALUE, NAME!=VALUE, NAME>N, NAME>=N, NAME<N, NAME<=N, NAME~TEXT or NAME? (repeatable);',
  '                   NAME is name, created_at, updated_at or a top-level key of the data',
  '--with PATH        a path of edges leads to a resource (repeatable): arrows -[TYPE|TYPE]->, <-[TYPE]-, -->',
  '                   or <--, each optionally followed by KIND|KIND, then optionally "where EXPR and EXPR"',
  '--without PATH     no such path leads anywhere (repeatable); a PATH that starts with - is written --with=PATH',
];

export function resourceFilterRequest(values: OptionValues): InventoryApi.ListResourcesRequest {
  return {
    kinds: listOption(values, 'kind'),
    accounts: listOption(values, 'account'),
    regions: listOption(values, 'region'),
    service_groups: listOption(values, 'service-group'),
    clouds: listOption(values, 'cloud'),
    uids: listOption(values, 'uid'),
    tags: repeatedOption(values, 'tag').map(parseTag),
    properties: repeatedOption(values, 'where').map(parseWhere),
    related: [
      ...repeatedOption(values, 'with').map((path) => parseRelatedPath('--with', path)),
      ...repeatedOption(values, 'without').map((path) => parseRelatedPath('--without', path)),
    ],
  };
}
