import {
  DescribeRepositories$,
  ListTagsForResource$,
  type DescribeRepositoriesRequest,
  type ListTagsForResourceRequest,
} from '@aws-sdk/client-ecr';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimEcrRepository } from '../../kinds/ecr/repository.js';
import { awsJson1_1 } from '../../protocols/aws-json.js';
import { pageOf } from '../../protocols/paging.js';
import { batchOf, checkPageSize } from '../ecs/ecs-requests.js';
import { collectionFor } from '../list-kind.js';
import { declareService, operation } from '../service-declaration.js';

function repositoryNotFound(name: string, call: CallContext): AwsApiError {
  return new AwsApiError(
    'RepositoryNotFoundException',
    `The repository with name '${name}' does not exist in the registry with id '${call.identity.accountId}'`,
    400,
  );
}

function withoutTags({ Tags: _tags, ...repository }: SimEcrRepository) {
  return repository;
}

/** DescribeRepositories: the account's repositories in pages (100 unless asked, up to 1000), or the ones named. */
function describeRepositories(input: DescribeRepositoriesRequest, call: CallContext) {
  checkPageSize(input, 1000);
  if (input.registryId !== undefined && input.registryId !== call.identity.accountId) {
    throw new AwsApiError(
      'RepositoryNotFoundException',
      `The registry '${input.registryId}' has no repositories you can see`,
      400,
    );
  }
  const repositories = collectionFor('ecrRepository', call);
  const names = batchOf(input.repositoryNames, 'repositoryNames', 100);
  if (names.length > 0) {
    if (input.nextToken !== undefined || input.maxResults !== undefined) {
      throw new AwsApiError(
        'InvalidParameterException',
        'repositoryNames can not be used with maxResults or nextToken',
        400,
      );
    }
    return {
      repositories: names.map((name) => {
        const repository = repositories.get(name);
        if (!repository) throw repositoryNotFound(name, call);
        return withoutTags(repository);
      }),
    };
  }
  const page = pageOf(
    repositories,
    { ...input },
    {
      items: 'repositories',
      defaultPageSize: 100,
      inputToken: 'nextToken',
      outputToken: 'nextToken',
      limit: 'maxResults',
    },
    call,
  );
  return { ...page, repositories: (page.repositories as SimEcrRepository[]).map(withoutTags) };
}

/** ListTagsForResource: the tags of one repository, by ARN (ECR has no batch call for tags). */
function listTagsForResource(input: ListTagsForResourceRequest, call: CallContext) {
  const arn = input.resourceArn;
  const match =
    typeof arn === 'string' ? /^arn:aws(?:-cn|-us-gov)?:ecr:([a-z0-9-]+):(\d{12}):repository\/(.+)$/.exec(arn) : null;
  if (!match)
    throw new AwsApiError('InvalidParameterException', `Invalid parameter at 'resourceArn': ${String(arn)}`, 400);
  const [, region, account, name = ''] = match;
  const repository =
    region === call.region && account === call.identity.accountId
      ? collectionFor('ecrRepository', call).get(name)
      : undefined;
  if (!repository || repository.repositoryArn !== arn) throw repositoryNotFound(name, call);
  return { tags: repository.Tags };
}

/** ECR over JSON 1.1. */
export const ecrService = declareService({
  name: 'ecr',
  protocol: awsJson1_1,
  targetPrefixes: ['AmazonEC2ContainerRegistry_V20150921'],
  errors: { invalidPaginationToken: ['InvalidParameterException', 400] },
  operations: [
    operation(DescribeRepositories$, describeRepositories),
    operation(ListTagsForResource$, listTagsForResource),
  ],
});
