import { ListSecrets$ } from '@aws-sdk/client-secrets-manager';
import type { FilterNameStringType, ListSecretsRequest } from '@aws-sdk/client-secrets-manager';
import { AwsApiError } from '../../errors.js';
import type { SimSecret } from '../../kinds/secretsmanager/secret.js';
import { awsJson1_1 } from '../../protocols/aws-json.js';
import { listKind } from '../list-kind.js';
import { declareService, operation } from '../service-declaration.js';

/** What each ListSecrets filter matches values against (by prefix, as AWS does). */
const FILTERED: Partial<Record<FilterNameStringType, (secret: SimSecret) => string[]>> = {
  name: (secret) => [secret.Name],
  description: (secret) => [secret.Description],
  'tag-key': (secret) => secret.Tags.map((tag) => tag.Key),
  'tag-value': (secret) => secret.Tags.map((tag) => tag.Value),
};

function filterOf(input: ListSecretsRequest): ((secret: SimSecret) => boolean) | undefined {
  const filters = (input.Filters ?? []).map((filter) => {
    const fieldOf = filter.Key === undefined ? undefined : FILTERED[filter.Key];
    if (!fieldOf) throw new AwsApiError('InvalidParameterException', `Invalid filter key: ${String(filter.Key)}`, 400);
    const values = filter.Values ?? [];
    return (secret: SimSecret) => fieldOf(secret).some((field) => values.some((value) => field.startsWith(value)));
  });
  const includeDeleted = input.IncludePlannedDeletion === true;
  return (secret) =>
    (includeDeleted || secret.DeletedDate === undefined) && filters.every((matches) => matches(secret));
}

/** Secrets Manager over JSON 1.1 (`secretsmanager.<Operation>`): ListSecrets gives each secret's tags inline. */
export const secretsManagerService = declareService({
  name: 'secretsmanager',
  protocol: awsJson1_1,
  targetPrefixes: ['secretsmanager'],
  errors: {
    invalidPaginationToken: ['InvalidNextTokenException', 400],
    malformedInput: ['ValidationException', 400],
  },
  operations: [
    operation(
      ListSecrets$,
      listKind<'secret', ListSecretsRequest>('secret', {
        paging: { items: 'SecretList', defaultPageSize: 100, limits: { min: 1, max: 100, aboveMax: 'reject' } },
        where: filterOf,
      }),
    ),
  ],
});
