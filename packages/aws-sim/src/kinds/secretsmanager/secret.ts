import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { ScopeContext } from '../../world/scope-context.js';
import { indexedNames } from '../indexed-names.js';
import { uuidOfHex } from '../uuids.js';
import type { KindSpec } from '../kind-spec.js';
import { kmsKeyArn } from '../kms/key-layout.js';
import { lambdaFunctionArnAt } from '../lambda/function.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';

type SecretFields = 'ARN' | 'Name' | 'Description' | 'LastChangedDate' | 'CreatedDate' | 'SecretVersionsToStages';

/** ListSecrets' entry (tags inline). No secret value exists anywhere in the simulator. */
export type SimSecret = Tagged<Filled<SecretListEntry, SecretFields>>;

const SALT_SECRET = 46;
const PURPOSES = ['db-credentials', 'api-key', 'oauth-client', 'smtp'];
const ENVIRONMENTS = ['prod', 'staging', 'dev'];
const SUFFIX_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function secretNameAt(index: number): string {
  return `${ENVIRONMENTS[index % ENVIRONMENTS.length]}/${PURPOSES[index % PURPOSES.length]}-${index}`;
}

/** Secrets Manager ends a secret's ARN with `-` and six random characters. */
function arnSuffix(ctx: ScopeContext, index: number): string {
  const hash = ctx.hash(SALT_SECRET, index, 2);
  return Array.from({ length: 6 }, (_, i) => SUFFIX_LETTERS[(hash >>> (i * 5)) % SUFFIX_LETTERS.length]).join('');
}

function versionId(ctx: ScopeContext, index: number): string {
  return uuidOfHex(
    [3, 4, 5, 6].map((field) => ctx.hash(SALT_SECRET, index, field).toString(16).padStart(8, '0')).join(''),
  );
}

/** The Lambda function that rotates a secret: one of the scope's, none in a scope without functions. */
function rotationLambdaArn(ctx: ScopeContext, hash: number): string | undefined {
  const functions = ctx.counts.lambdaFunction;
  return functions === 0 ? undefined : lambdaFunctionArnAt(ctx, hash % functions);
}

/** Secrets, one in nine scheduled for deletion (ListSecrets shows those only with IncludePlannedDeletion). */
export const secretKind: KindSpec<'secret', SimSecret> = {
  kind: 'secret',
  idField: 'Name',
  ids: indexedNames((_ctx, index) => secretNameAt(index)),
  counts: { tiny: 2, small: 6, medium: 40, large: 200 },
  isCurrent: (secret) => secret.DeletedDate === undefined,
  generate(ctx, index) {
    const hash = ctx.hash(SALT_SECRET, index, 1);
    const name = secretNameAt(index);
    const created = ctx.date('2022-01-01T00:00:00Z', 700, hash);
    const changed = new Date(created.getTime() + (hash % 90) * 86_400_000);
    const secret: SimSecret = {
      ARN: ctx.arn('secretsmanager', `secret:${name}-${arnSuffix(ctx, index)}`),
      Name: name,
      Description: `${PURPOSES[index % PURPOSES.length]} of ${name.split('/')[0]}`,
      LastChangedDate: changed,
      CreatedDate: created,
      SecretVersionsToStages: { [versionId(ctx, index)]: ['AWSCURRENT'] },
      Tags:
        hash % 3 === 0
          ? []
          : [{ Key: 'Application', Value: `app-${hash % 7}` }, environmentTag(ctx, SALT_SECRET, index)],
    };
    // without KmsKeyId a secret is encrypted with aws/secretsmanager, which ListSecrets does not name
    if (hash % 2 === 0) secret.KmsKeyId = kmsKeyArn(ctx, hash >>> 3);
    if (hash % 5 !== 4) secret.LastAccessedDate = new Date(Date.UTC(2026, 10, 1) - (hash % 60) * 86_400_000);
    const rotation = hash % 3 === 1 ? rotationLambdaArn(ctx, hash >>> 7) : undefined;
    if (rotation !== undefined) {
      const rotated = new Date(changed.getTime() + 86_400_000);
      secret.RotationEnabled = true;
      secret.RotationLambdaARN = rotation;
      secret.RotationRules = { AutomaticallyAfterDays: 30 };
      secret.LastRotatedDate = rotated;
      secret.NextRotationDate = new Date(rotated.getTime() + 30 * 86_400_000);
    }
    if (index % 9 === 8) secret.DeletedDate = new Date(changed.getTime() + 7 * 86_400_000);
    return secret;
  },
};
