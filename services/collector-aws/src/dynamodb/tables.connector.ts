import {
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ListTagsOfResourceCommand,
  paginateListTables,
  type TableDescription,
  type Tag,
} from '@aws-sdk/client-dynamodb';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';

/** DescribeTable's table, with its tags. */
export interface TableDetails extends TableDescription {
  TableName: string;
  Tags?: Tag[];
}

// DynamoDB has no batch call: DescribeTable and ListTagsOfResource take one table each.
const tablesInFlight = 8;

export class TablesConnector extends ResourceConnector<TableDetails> {
  // ListTables takes a Limit of at most 100
  private readonly tableNames = paginated(DynamoDBClient, paginateListTables, 'TableNames', { pageSize: 100 });
  readonly calls = [ListTablesCommand, DescribeTableCommand, ListTagsOfResourceCommand].map((command) =>
    awsCall(command),
  );

  async *items(): AsyncIterable<TableDetails> {
    yield* mapBounded(this.tableNames.items(this.context), tablesInFlight, (name) => this.details(name));
  }

  private async details(TableName: string): Promise<TableDetails> {
    const dynamodb = this.client(DynamoDBClient);
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName }));
    const table: TableDetails = { ...Table, TableName };
    const ResourceArn = requiredField(table, 'TableArn');
    const tags: Tag[] = [];
    // the SDK has no paginator for ListTagsOfResource
    let NextToken: string | undefined;
    do {
      const page = await dynamodb.send(new ListTagsOfResourceCommand({ ResourceArn, NextToken }));
      tags.push(...(page.Tags ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    table.Tags = tags;
    return table;
  }
}
