import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudFormationClient, DescribeStacksCommand, ListStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let cloudformation: CloudFormationClient;
const scope = () => ({ account: sim.mainAccountId, region: 'us-east-1' });

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 13, size: 'small', counts: { stack: 12 } });
  cloudformation = new CloudFormationClient({
    endpoint: sim.endpoint,
    region: 'us-east-1',
    credentials: sim.credentials,
  });
});

afterAll(async () => {
  cloudformation.destroy();
  await sim.stop();
});

describe('CloudFormation through the real SDK', () => {
  it('lists the stacks that are not deleted, and shows a deleted one by its stack id only', async () => {
    const stacks = sim.state.list('stack', scope());
    const deleted = stacks.filter((stack) => stack.StackStatus === 'DELETE_COMPLETE');
    expect(deleted).toHaveLength(2);
    const { Stacks = [] } = await cloudformation.send(new DescribeStacksCommand({}));
    expect(Stacks.map((stack) => stack.StackName)).toEqual(
      stacks.filter((stack) => stack.StackStatus !== 'DELETE_COMPLETE').map((stack) => stack.StackName),
    );
    const byId = await cloudformation.send(new DescribeStacksCommand({ StackName: deleted[0]?.StackId }));
    expect(byId.Stacks?.map((stack) => stack.StackStatus)).toEqual(['DELETE_COMPLETE']);
    expect(
      await failureOf(cloudformation.send(new DescribeStacksCommand({ StackName: deleted[0]?.StackName }))),
    ).toEqual({ name: 'ValidationError', status: 400 });
  });

  it('lists the resources a stack manages', async () => {
    const stack = sim.state.list('stack', scope())[0];
    const { StackResourceSummaries = [] } = await cloudformation.send(
      new ListStackResourcesCommand({ StackName: stack?.StackName }),
    );
    expect(StackResourceSummaries.map((resource) => resource.PhysicalResourceId)).toEqual(
      stack?.Resources.map((resource) => resource.PhysicalResourceId),
    );
    expect(StackResourceSummaries.map((resource) => resource.ResourceType)).toContain('AWS::EC2::Instance');
  });
});
