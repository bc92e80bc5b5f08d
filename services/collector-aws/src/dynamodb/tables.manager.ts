import { ResourceManager, arnFor, awsMapping } from '@cloud-inventory/collector-kit';
import { withEncrypted } from '../kms/encrypted-at-rest.js';
import { encryptedBy } from '../kms/encrypted-by.js';
import type { TableDetails } from './tables.connector.js';

/**
 * A table without SSEDescription is encrypted with a key AWS owns: no key of the account, so no edge. DynamoDB
 * encrypts every table at rest, so `Encrypted` is always true.
 */
export class TablesManager extends ResourceManager<TableDetails> {
  readonly kind = 'aws_dynamodb_table';
  readonly serviceType = {
    group: 'DynamoDB',
    type: 'Table',
    name: 'DynamoDB Table',
    labels: ['Database'],
    family: 'table',
  };
  readonly uid = arnFor('dynamodb', 'table/');
  readonly mapping = withEncrypted(
    awsMapping<TableDetails>({ id: 'TableName', name: 'TableName', createdAt: 'CreationDateTime' }),
    () => true,
  );
  // DynamoDB updates size and item count about every six hours, while the table stays as it was
  override readonly volatile = ['TableSizeBytes', 'ItemCount'];
  override readonly relationships = encryptedBy((table: TableDetails) => table.SSEDescription?.KMSMasterKeyArn);
}
