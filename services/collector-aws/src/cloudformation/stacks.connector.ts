import {
  CloudFormationClient,
  ListStackResourcesCommand,
  paginateDescribeStacks,
  paginateListStackResources,
  type Stack,
  type StackResourceSummary,
} from '@aws-sdk/client-cloudformation';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';

/** A stack with the resources it manages. */
export interface StackDetails extends Stack {
  Resources: StackResourceSummary[];
}

const stacksInFlight = 4;

// DescribeStacks lists the region's stacks (a DELETE_COMPLETE one is gone); ListStackResources pages each one's.
export class StacksConnector extends ResourceConnector<StackDetails> {
  private readonly stacks = paginated(CloudFormationClient, paginateDescribeStacks, 'Stacks', {
    keep: (stack) => stack.StackStatus !== 'DELETE_COMPLETE',
  });
  readonly calls = [...this.stacks.calls(), awsCall(ListStackResourcesCommand)];

  async *items(): AsyncIterable<StackDetails> {
    const client = this.client(CloudFormationClient);
    yield* mapBounded(this.stacks.items(this.context), stacksInFlight, async (stack) => {
      const Resources: StackResourceSummary[] = [];
      const StackName = requiredField(stack, 'StackId');
      for await (const page of paginateListStackResources({ client }, { StackName })) {
        Resources.push(...(page.StackResourceSummaries ?? []));
      }
      return { ...stack, Resources };
    });
  }
}
