import {
  DescribeStacks$,
  ListStackResources$,
  type DescribeStacksInput,
  type ListStackResourcesInput,
} from '@aws-sdk/client-cloudformation';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimStack } from '../../kinds/cloudformation/stack.js';
import { pageOf } from '../../protocols/paging.js';
import { awsQuery } from '../../protocols/aws-query.js';
import { collectionFor, listKind } from '../list-kind.js';
import { declareService, operation } from '../service-declaration.js';

// DescribeStacks and ListStackResources answer 100 a page under NextToken, with no page size to ask for.
const PAGE = { inputToken: 'NextToken', outputToken: 'NextToken', defaultPageSize: 100 };

/** A stack by name (not a deleted one, as AWS) or by stack id (deleted ones too); else ValidationError. */
function stackNamed(call: CallContext, nameOrId: string): SimStack {
  const stacks = collectionFor('stack', call);
  const stack = nameOrId.startsWith('arn:') ? stacks.get(nameOrId.split('/')[1] ?? '') : stacks.get(nameOrId);
  const found =
    stack && (stack.StackId === nameOrId || (stack.StackName === nameOrId && stack.StackStatus !== 'DELETE_COMPLETE'));
  if (!found) throw new AwsApiError('ValidationError', `Stack with id ${nameOrId} does not exist`, 400);
  return stack;
}

function withoutResources(stack: SimStack): Omit<SimStack, 'Resources'> {
  const { Resources: _resources, ...rest } = stack;
  return rest;
}

function listStackResources(input: ListStackResourcesInput, call: CallContext): Record<string, unknown> {
  const stack = stackNamed(call, String(input.StackName ?? ''));
  return pageOf(stack.Resources, { ...input }, { items: 'StackResourceSummaries', ...PAGE }, call);
}

/** CloudFormation over awsQuery: the region's stacks (deleted ones only by id) and their resources. */
export const cloudFormationService = declareService({
  name: 'cloudformation',
  protocol: awsQuery,
  xmlNamespace: 'http://cloudformation.amazonaws.com/doc/2010-05-15/',
  operations: [
    operation(
      DescribeStacks$,
      listKind<'stack', DescribeStacksInput>('stack', {
        paging: { items: 'Stacks', ...PAGE },
        validate: (input, call) => void (input.StackName ? stackNamed(call, input.StackName) : undefined),
        where: (input) =>
          input.StackName
            ? (stack) => stack.StackName === input.StackName || stack.StackId === input.StackName
            : (stack) => stack.StackStatus !== 'DELETE_COMPLETE',
        itemOf: withoutResources,
      }),
    ),
    operation(ListStackResources$, listStackResources),
  ],
});
