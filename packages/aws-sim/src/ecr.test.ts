import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeRepositoriesCommand,
  ECRClient,
  ListTagsForResourceCommand,
  paginateDescribeRepositories,
} from '@aws-sdk/client-ecr';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let ecr: ECRClient;
const region = 'us-east-1';

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 9, size: 'tiny', regions: [region], counts: { ecrRepository: 230 } });
  ecr = new ECRClient({ endpoint: sim.endpoint, region, credentials: sim.credentials });
});

afterAll(async () => {
  ecr.destroy();
  await sim.stop();
});

describe('ECR through the real SDK', () => {
  it('pages repositories 100 at a time unless asked for up to 1000, without their tags', async () => {
    const first = await ecr.send(new DescribeRepositoriesCommand({}));
    expect(first.repositories).toHaveLength(100);
    expect(first.repositories?.[0]).not.toHaveProperty('Tags');
    const names: string[] = [];
    for await (const page of paginateDescribeRepositories({ client: ecr, pageSize: 1000 }, {})) {
      names.push(...(page.repositories ?? []).map((r) => r.repositoryName as string));
    }
    const held = sim.state.list('ecrRepository', { account: sim.mainAccountId, region });
    expect(names).toEqual(held.map((r) => r.repositoryName));
    expect(await failureOf(ecr.send(new DescribeRepositoriesCommand({ maxResults: 1001 })))).toMatchObject({
      name: 'InvalidParameterException',
    });
  });

  it('names repositories, and refuses one that does not exist', async () => {
    const held = sim.state.list('ecrRepository', { account: sim.mainAccountId, region })[3];
    const named = await ecr.send(
      new DescribeRepositoriesCommand({ repositoryNames: [held?.repositoryName as string] }),
    );
    expect(named.repositories?.[0]?.repositoryUri).toBe(held?.repositoryUri);
    expect(await failureOf(ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['nope'] })))).toMatchObject({
      name: 'RepositoryNotFoundException',
      status: 400,
    });
  });

  it('tells the tags of one repository by ARN', async () => {
    const [tagged] = sim.state
      .list('ecrRepository', { account: sim.mainAccountId, region })
      .filter((r) => r.Tags.length > 0);
    const { tags } = await ecr.send(new ListTagsForResourceCommand({ resourceArn: tagged?.repositoryArn }));
    expect(tags).toEqual(tagged?.Tags);
    const gone = `${tagged?.repositoryArn as string}-gone`;
    expect(await failureOf(ecr.send(new ListTagsForResourceCommand({ resourceArn: gone })))).toMatchObject({
      name: 'RepositoryNotFoundException',
    });
    expect(await failureOf(ecr.send(new ListTagsForResourceCommand({ resourceArn: 'not-an-arn' })))).toMatchObject({
      name: 'InvalidParameterException',
    });
  });
});
