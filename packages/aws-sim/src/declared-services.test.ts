import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiGatewayV2Client, GetApis$, GetApisCommand } from '@aws-sdk/client-apigatewayv2';
import {
  CloudWatchClient,
  DescribeAlarms$,
  DescribeAlarmsCommand,
  paginateDescribeAlarms,
} from '@aws-sdk/client-cloudwatch';
import { DynamoDBClient, ListTables$, paginateListTables } from '@aws-sdk/client-dynamodb';
import { ECSClient, ListClusters$, ListClustersCommand, paginateListClusters } from '@aws-sdk/client-ecs';
import { IAMClient, paginateListUsers } from '@aws-sdk/client-iam';
import { ListHostedZones$, paginateListHostedZones, Route53Client } from '@aws-sdk/client-route-53';
import type { Paginator } from '@smithy/types';
import {
  awsJson1_0,
  awsJson1_1,
  declareService,
  operation,
  pageOf,
  restJson1,
  restXml,
  startAwsSimulator,
  type AwsSimulator,
  type PagingDeclaration,
  type ServiceDeclaration,
} from './index.js';
import { failureOf } from './testing/failure-of.js';

const ITEMS = 7;
const PAGE = 3;
const ACCOUNT_ITEMS = Array.from({ length: ITEMS }, (_, index) => index);
const CREATED = new Date('2024-03-01T10:00:00.000Z');

/** A one-operation service whose operation lists ITEMS items, paged as `paging` says. */
function listingService(
  name: string,
  protocol: ServiceDeclaration['protocol'],
  schema: Parameters<typeof operation>[0],
  paging: PagingDeclaration,
  item: (index: number, account: string) => object,
  extra: Partial<ServiceDeclaration> = {},
): ServiceDeclaration {
  return declareService({
    name,
    protocol,
    ...extra,
    operations: [
      operation(schema, (input: Record<string, unknown>, call) =>
        pageOf(
          ACCOUNT_ITEMS.map((index) => item(index, call.identity.accountId)),
          input,
          paging,
          call,
        ),
      ),
    ],
  });
}

const SERVICES = [
  listingService(
    'dynamodb',
    awsJson1_0,
    ListTables$,
    {
      items: 'TableNames',
      inputToken: 'ExclusiveStartTableName',
      outputToken: 'LastEvaluatedTableName',
      limit: 'Limit',
      defaultPageSize: 100,
    },
    (index) => `table-${index}` as never,
    { targetPrefixes: ['DynamoDB_20120810'] },
  ),
  listingService(
    'ecs',
    awsJson1_1,
    ListClusters$,
    {
      items: 'clusterArns',
      inputToken: 'nextToken',
      outputToken: 'nextToken',
      limit: 'maxResults',
      defaultPageSize: 100,
    },
    (index, account) => `arn:aws:ecs:us-east-1:${account}:cluster/cluster-${index}` as never,
    { targetPrefixes: ['AmazonEC2ContainerServiceV20141113'] },
  ),
  listingService(
    'apigateway',
    restJson1,
    GetApis$,
    { items: 'Items', inputToken: 'NextToken', outputToken: 'NextToken', limit: 'MaxResults', defaultPageSize: 25 },
    (index) => ({ ApiId: `api${String(index).padStart(7, '0')}`, Name: `api-${index}`, CreatedDate: CREATED }),
  ),
  listingService(
    'route53',
    restXml,
    ListHostedZones$,
    { items: 'HostedZones', defaultPageSize: 100 },
    (index) => ({
      Id: `/hostedzone/Z${String(index).padStart(12, '0')}`,
      Name: `zone-${index}.example.com.`,
      CallerReference: `ref-${index}`,
      Config: { PrivateZone: index % 2 === 0 },
      ResourceRecordSetCount: 2,
    }),
    { globalRegion: 'us-east-1', xmlNamespace: 'https://route53.amazonaws.com/doc/2013-04-01/' },
  ),
  listingService(
    'monitoring',
    awsJson1_0,
    DescribeAlarms$,
    { items: 'MetricAlarms', limit: 'MaxRecords', defaultPageSize: 50 },
    (index, account) => ({
      AlarmName: `alarm-${index}`,
      AlarmArn: `arn:aws:cloudwatch:us-east-1:${account}:alarm:alarm-${index}`,
      StateValue: 'OK',
      StateUpdatedTimestamp: CREATED,
    }),
    // CloudWatch speaks JSON 1.0 since 2025 but keeps its Query-era codes (awsQueryCompatible)
    { targetPrefixes: ['GraniteServiceVersion20100801'], errors: { throttled: ['Throttling', 400] } },
  ),
];

let sim: AwsSimulator;

beforeAll(async () => {
  // IAM is built in: its users are the simulator's own, as many as the declared services list
  sim = await startAwsSimulator({ size: 'tiny', accounts: 1, counts: { iamUser: ITEMS }, services: SERVICES });
});

afterAll(async () => {
  await sim.stop();
});

function client<C>(Client: new (config: object) => C): C {
  return new Client({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials, maxAttempts: 1 });
}

async function collect<T>(
  pages: Paginator<T> | AsyncIterable<T>,
  items: (page: T) => unknown[] | undefined,
): Promise<unknown[][]> {
  const collected: unknown[][] = [];
  for await (const page of pages) collected.push(items(page) ?? []);
  return collected;
}

/** API Gateway v2's GetApis pages by NextToken (its MaxResults a string), without an SDK paginator. */
async function* getApisPages() {
  const apis = client(ApiGatewayV2Client);
  let NextToken: string | undefined;
  do {
    const page = await apis.send(new GetApisCommand({ MaxResults: String(PAGE), ...(NextToken ? { NextToken } : {}) }));
    yield page;
    NextToken = page.NextToken;
  } while (NextToken);
}

interface Family {
  protocol: string;
  service: string;
  pages(): Promise<unknown[][]>;
  firstItem(pages: unknown[][]): unknown;
  expectedFirst: (account: string) => unknown;
  throttledAs: { name: string; status: number };
}

const FAMILIES: Family[] = [
  {
    protocol: 'awsQuery',
    service: 'iam',
    pages: () => collect(paginateListUsers({ client: client(IAMClient), pageSize: PAGE }, {}), (p) => p.Users),
    firstItem: (pages) => pages[0]?.[0],
    expectedFirst: (account) => {
      const [user] = sim.state.list('iamUser', { account, region: sim.regions[0] as string });
      if (!user) throw new Error('no simulated user');
      const { Path, UserName, UserId, Arn, CreateDate, PasswordLastUsed } = user;
      return { Path, UserName, UserId, Arn, CreateDate, ...(PasswordLastUsed ? { PasswordLastUsed } : {}) };
    },
    throttledAs: { name: 'Throttling', status: 400 },
  },
  {
    protocol: 'JSON 1.0',
    service: 'dynamodb',
    pages: () =>
      collect(paginateListTables({ client: client(DynamoDBClient), pageSize: PAGE }, {}), (p) => p.TableNames),
    firstItem: (pages) => pages[0]?.[0],
    expectedFirst: () => 'table-0',
    throttledAs: { name: 'ThrottlingException', status: 400 },
  },
  {
    protocol: 'JSON 1.1',
    service: 'ecs',
    pages: () => collect(paginateListClusters({ client: client(ECSClient), pageSize: PAGE }, {}), (p) => p.clusterArns),
    firstItem: (pages) => pages[0]?.[0],
    expectedFirst: (account) => `arn:aws:ecs:us-east-1:${account}:cluster/cluster-0`,
    throttledAs: { name: 'ThrottlingException', status: 400 },
  },
  {
    protocol: 'REST-JSON',
    service: 'apigateway',
    pages: () => collect(getApisPages(), (p) => p.Items),
    firstItem: (pages) => pages[0]?.[0],
    expectedFirst: () => ({ ApiId: 'api0000000', Name: 'api-0', CreatedDate: CREATED }),
    throttledAs: { name: 'ThrottlingException', status: 429 },
  },
  {
    protocol: 'REST-XML',
    service: 'route53',
    pages: () =>
      collect(paginateListHostedZones({ client: client(Route53Client), pageSize: PAGE }, {}), (p) => p.HostedZones),
    firstItem: (pages) => pages[0]?.[0],
    expectedFirst: () => ({
      Id: '/hostedzone/Z000000000000',
      Name: 'zone-0.example.com.',
      CallerReference: 'ref-0',
      Config: { PrivateZone: true },
      ResourceRecordSetCount: 2,
    }),
    throttledAs: { name: 'Throttling', status: 400 },
  },
  {
    protocol: 'JSON 1.0 (CloudWatch, query-compatible)',
    service: 'monitoring',
    pages: () =>
      collect(paginateDescribeAlarms({ client: client(CloudWatchClient), pageSize: PAGE }, {}), (p) => p.MetricAlarms),
    firstItem: (pages) => pages[0]?.[0],
    expectedFirst: (account) => ({
      AlarmName: 'alarm-0',
      AlarmArn: `arn:aws:cloudwatch:us-east-1:${account}:alarm:alarm-0`,
      StateValue: 'OK',
      StateUpdatedTimestamp: CREATED,
    }),
    throttledAs: { name: 'Throttling', status: 400 },
  },
];

describe.each(FAMILIES)('a service declared on $protocol ($service)', (family) => {
  it('answers the real SDK client page by page until every item is listed', async () => {
    const pages = await family.pages();
    expect(pages.map((page) => page.length)).toEqual([PAGE, PAGE, ITEMS - 2 * PAGE]);
    expect(family.firstItem(pages)).toEqual(family.expectedFirst(sim.mainAccountId));
    expect(sim.counters.calls({ service: family.service })).toBeGreaterThanOrEqual(3);
  });

  it("throttles with the protocol's (or the service's) own error", async () => {
    const fault = sim.faults.throttle({ ratePerSecond: 0, burst: 0 }, { service: family.service });
    try {
      expect(await failureOf(family.pages())).toEqual(family.throttledAs);
      expect(sim.counters.throttled({ service: family.service })).toBeGreaterThan(0);
    } finally {
      fault.remove();
    }
  });
});

describe('declared services in the counters, faults and registry', () => {
  it('names the IAM action of each declared call', async () => {
    await FAMILIES[0]?.pages();
    expect(sim.counters.actions({ service: 'iam' })).toEqual(['iam:ListUsers']);
  });

  it('denies a declared call with the real IAM action in the message', async () => {
    const fault = sim.faults.deny({ service: 'ecs' });
    try {
      const failure = await client(ECSClient)
        .send(new ListClustersCommand({}))
        .catch((error: Error) => error);
      expect(failure).toMatchObject({ name: 'AccessDeniedException' });
      expect((failure as Error).message).toContain('ecs:ListClusters');
    } finally {
      fault.remove();
    }
  });

  it('answers a query-compatible client (CloudWatch) with the Query code and type of the error', async () => {
    const fault = sim.faults.throttle({ ratePerSecond: 0, burst: 0 }, { service: 'monitoring' });
    try {
      const failure = await client(CloudWatchClient)
        .send(new DescribeAlarmsCommand({}))
        .catch((error: Error) => error);
      expect(failure).toMatchObject({ name: 'Throttling', Code: 'Throttling', Type: 'Sender' });
    } finally {
      fault.remove();
    }
  });

  it('refuses a page size that is not a positive integer, rather than answer a token for the same place', async () => {
    const ecs = client(ECSClient);
    for (const maxResults of [0, -1, 2.5]) {
      expect(await failureOf(ecs.send(new ListClustersCommand({ maxResults })))).toMatchObject({ status: 400 });
    }
    expect((await ecs.send(new ListClustersCommand({ maxResults: 2 }))).clusterArns).toHaveLength(2);
  });

  it('refuses a service declared twice', async () => {
    await expect(
      startAwsSimulator({ services: [SERVICES[0] as ServiceDeclaration, SERVICES[0] as ServiceDeclaration] }),
    ).rejects.toMatchObject({ code: 'SIM_INVALID_OPTION' });
  });

  it('refuses an operation declared twice under one name, unless renamed (API Gateway v1 and v2 GetVpcLinks)', async () => {
    const [first] = (SERVICES[0] as ServiceDeclaration).operations;
    if (!first) throw new Error('no operation');
    const twice = { ...(SERVICES[0] as ServiceDeclaration), operations: [first, first] };
    await expect(startAwsSimulator({ services: [twice] })).rejects.toMatchObject({ code: 'SIM_INVALID_OPTION' });
    const renamed = { ...twice, operations: [first, { ...first, name: 'ListTablesAgain' }] };
    const both = await startAwsSimulator({ services: [renamed] });
    await both.stop();
  });

  it('refuses a second API of a signing name unless both name distinct versions', async () => {
    const first = { ...(SERVICES[0] as ServiceDeclaration), apiVersion: '2020-01-01' };
    await expect(startAwsSimulator({ services: [first, { ...first, apiVersion: undefined }] })).rejects.toMatchObject({
      code: 'SIM_INVALID_OPTION',
    });
    await expect(startAwsSimulator({ services: [first, first] })).rejects.toMatchObject({
      code: 'SIM_INVALID_OPTION',
    });
    const both = await startAwsSimulator({ services: [first, { ...first, apiVersion: '2021-01-01' }] });
    await both.stop();
  });
});
