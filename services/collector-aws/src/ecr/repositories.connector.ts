import {
  ECRClient,
  ListTagsForResourceCommand,
  paginateDescribeRepositories,
  type Repository,
  type Tag,
} from '@aws-sdk/client-ecr';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';

export interface RepositoryWithTags extends Repository {
  Tags?: Tag[];
}

const repositoriesInFlight = 8;

/** DescribeRepositories pages up to 1000; ListTagsForResource takes one repository (ECR has no batch call for tags). */
export class EcrRepositoriesConnector extends ResourceConnector<RepositoryWithTags> {
  private readonly repositories = paginated(ECRClient, paginateDescribeRepositories, 'repositories', {
    pageSize: 1000,
  });
  readonly calls = [...this.repositories.calls(), awsCall(ListTagsForResourceCommand)];

  items(): AsyncIterable<RepositoryWithTags> {
    const ecr = this.client(ECRClient);
    return mapBounded(this.repositories.items(this.context), repositoriesInFlight, async (repository) => {
      const resourceArn = requiredField(repository, 'repositoryArn');
      const { tags } = await ecr.send(new ListTagsForResourceCommand({ resourceArn }));
      return tags ? { ...repository, Tags: tags } : repository;
    });
  }
}
