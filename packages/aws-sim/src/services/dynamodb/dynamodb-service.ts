import { DescribeTable$, ListTables$, ListTagsOfResource$ } from '@aws-sdk/client-dynamodb';
import type {
  DescribeTableInput,
  DescribeTableOutput,
  ListTablesInput,
  ListTablesOutput,
  ListTagsOfResourceInput,
} from '@aws-sdk/client-dynamodb';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimDynamoDbTable } from '../../kinds/dynamodb/table.js';
import { awsJson1_0 } from '../../protocols/aws-json.js';
import { pageOf } from '../../protocols/paging.js';
import { collectionFor } from '../list-kind.js';
import { declareService, operation } from '../service-declaration.js';

const LIST_TABLES_MAX = 100;

function validationError(message: string): AwsApiError {
  return new AwsApiError('ValidationException', `1 validation error detected: ${message}`, 400);
}

/**
 * ListTables: names in order, up to Limit (at most 100) after ExclusiveStartTableName, which may be any name; the
 * last one answered is LastEvaluatedTableName when more follow.
 */
function listTables(input: ListTablesInput, call: CallContext): ListTablesOutput {
  const limit = input.Limit ?? LIST_TABLES_MAX;
  if (!Number.isInteger(limit) || limit < 1 || limit > LIST_TABLES_MAX) {
    throw validationError(
      `Value '${String(input.Limit)}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100`,
    );
  }
  const names = [...collectionFor('dynamoDbTable', call).all()].map((table) => table.TableName).sort();
  const start = input.ExclusiveStartTableName;
  const after = start === undefined ? names : names.filter((name) => name > start);
  const page = after.slice(0, limit);
  return after.length > limit ? { TableNames: page, LastEvaluatedTableName: page.at(-1) } : { TableNames: page };
}

function requireTable(call: CallContext, name: unknown): SimDynamoDbTable {
  const table = typeof name === 'string' ? collectionFor('dynamoDbTable', call).get(name) : undefined;
  if (!table)
    throw new AwsApiError(
      'ResourceNotFoundException',
      `Requested resource not found: Table: ${String(name)} not found`,
      400,
    );
  return table;
}

function describeTable(input: DescribeTableInput, call: CallContext): DescribeTableOutput {
  const { Tags: _tags, ...table } = requireTable(call, input.TableName);
  return { Table: table };
}

/** ListTagsOfResource: a table's tags by its ARN, paged by NextToken. */
function listTagsOfResource(input: ListTagsOfResourceInput, call: CallContext): Record<string, unknown> {
  const arn = input.ResourceArn;
  const name =
    typeof arn === 'string'
      ? /^arn:aws(?:-cn|-us-gov)?:dynamodb:[a-z0-9-]+:\d{12}:table\/([^/]+)$/.exec(arn)?.[1]
      : undefined;
  if (name === undefined) throw validationError(`Invalid TableArn: ${String(arn)}`);
  const table = requireTable(call, name);
  if (table.TableArn !== arn)
    throw new AwsApiError(
      'ResourceNotFoundException',
      `Requested resource not found: ResourcArn: ${arn} not found`,
      400,
    );
  return pageOf(table.Tags, { ...input }, { items: 'Tags', defaultPageSize: 50 }, call);
}

/** DynamoDB over JSON 1.0 (`DynamoDB_20120810.<Operation>`): tables. */
export const dynamoDbService = declareService({
  name: 'dynamodb',
  protocol: awsJson1_0,
  targetPrefixes: ['DynamoDB_20120810'],
  errors: { malformedInput: ['ValidationException', 400] },
  operations: [
    operation(ListTables$, listTables),
    operation(DescribeTable$, describeTable),
    operation(ListTagsOfResource$, listTagsOfResource),
  ],
});
