import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  GetTopicAttributesCommand,
  ListTagsForResourceCommand,
  ListTopicsCommand,
  SNSClient,
  paginateListSubscriptions,
} from '@aws-sdk/client-sns';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let sns: SNSClient;
const scope = () => ({ account: sim.mainAccountId, region: 'us-east-1' });

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 9, size: 'small', counts: { snsTopic: 130, snsSubscription: 250 } });
  sns = new SNSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials });
});

afterAll(async () => {
  sns.destroy();
  await sim.stop();
});

describe('SNS through the real SDK', () => {
  it('lists topics 100 a page under NextToken, and subscriptions to them', async () => {
    const first = await sns.send(new ListTopicsCommand({}));
    expect(first.Topics).toHaveLength(100);
    const second = await sns.send(new ListTopicsCommand({ NextToken: first.NextToken }));
    expect(second.Topics).toHaveLength(30);
    expect(second.NextToken).toBeUndefined();
    const topics = new Set([...(first.Topics ?? []), ...(second.Topics ?? [])].map((t) => t.TopicArn));
    let subscriptions = 0;
    for await (const page of paginateListSubscriptions({ client: sns }, {})) {
      for (const subscription of page.Subscriptions ?? []) {
        expect(topics.has(subscription.TopicArn)).toBe(true);
        expect(subscription.SubscriptionArn?.startsWith(`${subscription.TopicArn}:`)).toBe(true);
        subscriptions++;
      }
    }
    expect(subscriptions).toBe(250);
  });

  it("tells a topic's attributes and tags, and answers NotFound for a topic that is not there", async () => {
    const topic = sim.state.list('snsTopic', scope())[4];
    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn: topic?.TopicArn }));
    expect(Attributes).toEqual(topic?.Attributes);
    expect(Attributes?.FifoTopic).toBe('true');
    const { Tags } = await sns.send(new ListTagsForResourceCommand({ ResourceArn: topic?.TopicArn }));
    expect(Tags).toEqual(topic?.Tags);
    const gone = `arn:aws:sns:us-east-1:${sim.mainAccountId}:gone`;
    expect(await failureOf(sns.send(new GetTopicAttributesCommand({ TopicArn: gone })))).toEqual({
      name: 'NotFoundException',
      status: 404,
    });
    expect(await failureOf(sns.send(new ListTagsForResourceCommand({ ResourceArn: gone })))).toEqual({
      name: 'ResourceNotFoundException',
      status: 404,
    });
    expect(await failureOf(sns.send(new GetTopicAttributesCommand({ TopicArn: 'not-an-arn' })))).toMatchObject({
      name: 'InvalidParameterException',
    });
  });
});
