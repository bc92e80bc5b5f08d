import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  GetFunctionCommand,
  LambdaClient,
  ListFunctionsCommand,
  ListTagsCommand,
  paginateListFunctions,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let lambda: LambdaClient;
const FUNCTIONS = 120;

beforeAll(async () => {
  sim = await startAwsSimulator({
    seed: 5,
    accounts: 1,
    regions: ['us-east-1'],
    counts: { lambdaFunction: FUNCTIONS },
  });
  lambda = new LambdaClient({
    endpoint: sim.endpoint,
    region: 'us-east-1',
    credentials: sim.credentials,
    maxAttempts: 1,
  });
});

afterAll(async () => {
  lambda.destroy();
  await sim.stop();
});

const scope = () => ({ account: sim.mainAccountId, region: 'us-east-1' });

async function listAll(input: { FunctionVersion?: 'ALL' } = {}): Promise<FunctionConfiguration[][]> {
  const pages: FunctionConfiguration[][] = [];
  for await (const page of paginateListFunctions({ client: lambda, pageSize: 500 }, input)) {
    pages.push(page.Functions ?? []);
  }
  return pages;
}

describe('Lambda ListFunctions', () => {
  it("lists each function's $LATEST in pages of at most 50, whatever MaxItems asks", async () => {
    const pages = await listAll();
    expect(pages.map((page) => page.length)).toEqual([50, 50, 20]);
    const functions = pages.flat();
    expect(functions.map((fn) => fn.FunctionName)).toEqual(
      sim.state.list('lambdaFunction', scope()).map((f) => f.FunctionName),
    );
    expect(new Set(functions.map((fn) => fn.Version))).toEqual(new Set(['$LATEST']));
    expect(functions.every((fn) => fn.State === undefined && !fn.FunctionArn?.endsWith('$LATEST'))).toBe(true);
  });

  it('shows the published versions, qualified, only with FunctionVersion=ALL', async () => {
    const records = sim.state.list('lambdaFunction', scope());
    const all = (await listAll({ FunctionVersion: 'ALL' })).flat();
    const published = records.reduce((sum, record) => sum + record.PublishedVersions, 0);
    expect(published).toBeGreaterThan(0);
    expect(all).toHaveLength(records.length + published);
    const withVersions = records.find((record) => record.PublishedVersions > 0);
    expect(all.filter((fn) => fn.FunctionName === withVersions?.FunctionName).map((fn) => fn.FunctionArn)).toEqual([
      `${withVersions?.FunctionArn}:$LATEST`,
      ...Array.from(
        { length: withVersions?.PublishedVersions ?? 0 },
        (_, i) => `${withVersions?.FunctionArn}:${i + 1}`,
      ),
    ]);
  });

  it('refuses a FunctionVersion other than ALL', async () => {
    expect(await failureOf(lambda.send(new ListFunctionsCommand({ FunctionVersion: 'LATEST' as 'ALL' })))).toEqual({
      name: 'ValidationException',
      status: 400,
    });
  });
});

describe('Lambda ENIs', () => {
  it('are one per function in a VPC, in its first subnet and its groups', () => {
    const enis = sim.state.list('networkInterface', scope()).filter((eni) => eni.InterfaceType === 'lambda');
    const inVpc = sim.state.list('lambdaFunction', scope()).filter((fn) => fn.VpcConfig !== undefined);
    expect(enis).toHaveLength(Math.ceil(FUNCTIONS / 3));
    expect(enis).toHaveLength(inVpc.length);
    inVpc.forEach((fn, index) => {
      expect(enis[index]?.Description).toMatch(new RegExp(`^AWS Lambda VPC ENI-${fn.FunctionName}-[0-9a-f-]{36}$`));
      expect(enis[index]).toMatchObject({ SubnetId: fn.VpcConfig?.SubnetIds?.[0], VpcId: fn.VpcConfig?.VpcId });
      expect(enis[index]?.Groups?.map((group) => group.GroupId)).toEqual(fn.VpcConfig?.SecurityGroupIds);
    });
  });
});

describe('Lambda ListTags and GetFunction', () => {
  it('answers the tags of a function by ARN as a map, and ResourceNotFoundException for an unknown one', async () => {
    const [record] = sim.state.list('lambdaFunction', scope());
    const { Tags } = await lambda.send(new ListTagsCommand({ Resource: record?.FunctionArn }));
    expect(Tags).toEqual(Object.fromEntries(record?.Tags.map((tag) => [tag.Key, tag.Value]) ?? []));
    const unknown = `${record?.FunctionArn}-gone`;
    expect(await failureOf(lambda.send(new ListTagsCommand({ Resource: unknown })))).toEqual({
      name: 'ResourceNotFoundException',
      status: 404,
    });
  });

  it("gives an image function's image, and the states ListFunctions leaves out", async () => {
    const image = sim.state.list('lambdaFunction', scope()).find((record) => record.PackageType === 'Image');
    const answer = await lambda.send(new GetFunctionCommand({ FunctionName: image?.FunctionName }));
    expect(answer.Code).toMatchObject({ RepositoryType: 'ECR', ImageUri: image?.ImageUri });
    // the same repository of the function's own registry, by digest instead of tag
    const repository = image?.ImageUri?.replace(/:[^:/]+$/, '');
    expect(repository).toMatch(/^\d{12}\.dkr\.ecr\.us-east-1\.amazonaws\.com\/[a-z0-9][a-z0-9._/-]*$/);
    expect(answer.Code?.ResolvedImageUri?.startsWith(`${repository}@sha256:`)).toBe(true);
    expect(answer.Code?.ResolvedImageUri).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(answer.Configuration).toMatchObject({ FunctionName: image?.FunctionName, State: 'Active' });
    expect(answer.Configuration?.Runtime).toBeUndefined();
  });
});
