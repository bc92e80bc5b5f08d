import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { indexedNames } from '../indexed-names.js';
import { uuidOfHex } from '../uuids.js';
import type { KindSpec } from '../kind-spec.js';
import { serviceKeyArn } from '../kms/key-layout.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';

type TableFields =
  | 'AttributeDefinitions'
  | 'TableName'
  | 'KeySchema'
  | 'TableStatus'
  | 'CreationDateTime'
  | 'ProvisionedThroughput'
  | 'TableSizeBytes'
  | 'ItemCount'
  | 'TableArn'
  | 'TableId'
  | 'DeletionProtectionEnabled';

/** DescribeTable's TableDescription, with the tags ListTagsOfResource gives. */
export type SimDynamoDbTable = Tagged<Filled<TableDescription, TableFields>>;

const SALT_TABLE = 45;
const PURPOSES = ['orders', 'sessions', 'users', 'inventory', 'audit-events', 'carts'];

function tableNameAt(index: number): string {
  return `${PURPOSES[index % PURPOSES.length]}-${index}`;
}

function uuidOf(hash: number, index: number): string {
  return uuidOfHex((hash >>> 0).toString(16).padStart(8, '0') + index.toString(16).padStart(24, '0'));
}

/** Tables on demand or provisioned, some with a sort key, an index, a stream, a KMS key (AWS managed or customer). */
export const dynamoDbTableKind: KindSpec<'dynamoDbTable', SimDynamoDbTable> = {
  kind: 'dynamoDbTable',
  idField: 'TableName',
  ids: indexedNames((_ctx, index) => tableNameAt(index)),
  counts: { tiny: 1, small: 5, medium: 40, large: 200 },
  ownFields: ['Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_TABLE, index, 1);
    const name = tableNameAt(index);
    const created = ctx.date('2021-09-01T00:00:00Z', 900, hash);
    const onDemand = hash % 3 !== 0;
    const sortKey = hash % 2 === 0;
    const itemCount = (hash >>> 4) % 5_000_000;
    const table: SimDynamoDbTable = {
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        ...(sortKey ? [{ AttributeName: 'sk', AttributeType: 'S' as const }] : []),
      ],
      TableName: name,
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        ...(sortKey ? [{ AttributeName: 'sk', KeyType: 'RANGE' as const }] : []),
      ],
      TableStatus: 'ACTIVE',
      CreationDateTime: created,
      ProvisionedThroughput: {
        NumberOfDecreasesToday: 0,
        ReadCapacityUnits: onDemand ? 0 : 5 * (1 + (hash % 20)),
        WriteCapacityUnits: onDemand ? 0 : 5 * (1 + (hash % 10)),
      },
      TableSizeBytes: itemCount * (200 + (hash % 800)),
      ItemCount: itemCount,
      TableArn: ctx.arn('dynamodb', `table/${name}`),
      TableId: uuidOf(ctx.hash(SALT_TABLE, index, 2), index),
      DeletionProtectionEnabled: hash % 5 === 0,
      Tags:
        hash % 4 === 0 ? [] : [{ Key: 'Service', Value: `svc-${hash % 9}` }, environmentTag(ctx, SALT_TABLE, index)],
    };
    if (onDemand) {
      table.BillingModeSummary = { BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: created };
    }
    if (hash % 7 === 3) {
      const label = new Date(created.getTime() + 86_400_000).toISOString().slice(0, -1);
      table.StreamSpecification = { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' };
      table.LatestStreamLabel = label;
      table.LatestStreamArn = `${table.TableArn}/stream/${label}`;
    }
    // tables without SSEDescription are encrypted with a key AWS owns, which is no key of the account
    if (hash % 3 === 1) {
      table.SSEDescription = {
        Status: 'ENABLED',
        SSEType: 'KMS',
        KMSMasterKeyArn: serviceKeyArn(ctx, 'dynamodb', hash >>> 6),
      };
    }
    return table;
  },
};
