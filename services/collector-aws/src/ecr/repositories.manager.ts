import { ResourceManager, arnFor, awsMapping } from '@cloud-inventory/collector-kit';
import type { RepositoryWithTags } from './repositories.connector.js';

export class EcrRepositoriesManager extends ResourceManager<RepositoryWithTags> {
  readonly kind = 'aws_ecr_repository';
  readonly serviceType = {
    group: 'ECR',
    type: 'Repository',
    name: 'ECR Repository',
    labels: ['Container', 'Storage'],
    family: 'repository',
  };
  readonly uid = arnFor('ecr', 'repository/');
  readonly mapping = awsMapping<RepositoryWithTags>({
    id: 'repositoryName',
    name: 'repositoryName',
    createdAt: 'createdAt',
  });
}
