import { describe, expect, it } from '@jest/globals';
import { SubscriptionsManager } from './subscriptions.manager.js';

const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };
const topicArn = 'arn:aws:sns:eu-west-1:123456789012:orders';

function deliveriesOf(Protocol: string, Endpoint: string): [string, string][] {
  const resource = new SubscriptionsManager().map(
    { SubscriptionArn: `${topicArn}:0a1b2c3d-4e5f-6789-a000-0a1b2c3d4e5f`, TopicArn: topicArn, Protocol, Endpoint },
    scope,
  );
  return resource.relationships
    .filter((edge) => edge.type === 'delivers_to')
    .map((edge) => [edge.target_kind, edge.target_uid]);
}

describe('SNS subscriptions', () => {
  it('deliver to the queue or function their endpoint names, by protocol', () => {
    const queue = 'arn:aws:sqs:eu-west-1:123456789012:jobs.fifo';
    expect(deliveriesOf('sqs', queue)).toEqual([['aws_sqs_queue', queue]]);
    const fn = 'arn:aws:lambda:eu-west-1:123456789012:function:on-order';
    expect(deliveriesOf('lambda', fn)).toEqual([['aws_lambda_function', fn]]);
  });

  it("deliver to a function whatever version or alias the endpoint names, and to another account's by its ARN", () => {
    const fn = 'arn:aws:lambda:eu-west-1:210987654321:function:on-order';
    expect(deliveriesOf('lambda', `${fn}:prod`)).toEqual([['aws_lambda_function', fn]]);
    expect(deliveriesOf('lambda', `${fn}:$LATEST`)).toEqual([['aws_lambda_function', fn]]);
  });

  it('deliver to no resource of the inventory by email, HTTPS or an endpoint of another shape', () => {
    expect(deliveriesOf('email', 'ops@example.com')).toEqual([]);
    expect(deliveriesOf('https', 'https://hooks.example.com/sns')).toEqual([]);
    expect(deliveriesOf('sqs', 'arn:aws:lambda:eu-west-1:123456789012:function:x')).toEqual([]);
    expect(deliveriesOf('lambda', 'arn:aws:sqs:eu-west-1:123456789012:jobs')).toEqual([]);
  });
});
