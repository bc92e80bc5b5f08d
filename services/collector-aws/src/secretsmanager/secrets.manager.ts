import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { ResourceManager, awsMapping, edge, uidFromField } from '@cloud-inventory/collector-kit';
import { encryptedBy } from '../kms/encrypted-by.js';
import { functionOfArn } from '../lambda/function-arns.js';
import { FunctionsManager } from '../lambda/functions.manager.js';

export class SecretsManager extends ResourceManager<SecretListEntry> {
  readonly kind = 'aws_secretsmanager_secret';
  readonly serviceType = {
    group: 'SecretsManager',
    type: 'Secret',
    name: 'Secret',
    labels: ['Security'],
    family: 'secret',
  };
  // the ARN ends in six random characters AWS adds: it is the uid as AWS gives it
  readonly uid = uidFromField('ARN');
  readonly mapping = awsMapping<SecretListEntry>({ id: 'Name', name: 'Name', createdAt: 'CreatedDate' });
  // LastAccessedDate moves (to the day) whenever an application reads the secret
  override readonly volatile = ['LastAccessedDate'];
  // without KmsKeyId the secret is encrypted with aws/secretsmanager, which ListSecrets does not name
  override readonly relationships = [
    ...encryptedBy((secret: SecretListEntry) => secret.KmsKeyId),
    // the function that rotates it, by ARN
    edge('uses', FunctionsManager, (secret: SecretListEntry) => functionOfArn(secret.RotationLambdaARN)),
  ];
}
