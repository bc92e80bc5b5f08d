import type { Repository } from '@aws-sdk/client-ecr';
import { pick } from '../../world/hash.js';
import type { SimTag } from '../../world/records.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { indexOfGenerated, trailingNumber } from '../ecs/ecs-layout.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';

type RepositoryFields =
  | 'repositoryArn'
  | 'registryId'
  | 'repositoryName'
  | 'repositoryUri'
  | 'createdAt'
  | 'imageTagMutability'
  | 'imageScanningConfiguration'
  | 'encryptionConfiguration';

/** DescribeRepositories' Repository, with the tags ListTagsForResource answers. */
export type SimEcrRepository = Filled<Repository, RepositoryFields> & { Tags: SimTag[] };

const SALT_ECR_REPOSITORY = 65;
const TEAMS = ['platform', 'payments', 'search', 'data'] as const;
const IMAGES = ['web', 'api', 'worker', 'migrations', 'cron'] as const;

/** Names are unique in a registry (an account's region); a tag of the scope keeps them apart from other scopes'. */
export function repositoryName(ctx: ScopeContext, index: number): string {
  const scopeTag = (ctx.key & 0xffffff).toString(16).padStart(6, '0');
  return `${pick(TEAMS, index)}/${pick(IMAGES, index >>> 2)}-${scopeTag}-${index}`;
}

/** The registry host of the scope's account (`<account>.dkr.ecr.<region>.amazonaws.com`, `.com.cn` in China). */
export function registryHost(ctx: ScopeContext): string {
  const domain = ctx.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `${ctx.accountId}.dkr.ecr.${ctx.region}.${domain}`;
}

export function repositoryUri(ctx: ScopeContext, index: number): string {
  return `${registryHost(ctx)}/${repositoryName(ctx, index)}`;
}

export const ecrRepositoryKind: KindSpec<'ecrRepository', SimEcrRepository> = {
  kind: 'ecrRepository',
  idField: 'repositoryName',
  ids: {
    nameAt: repositoryName,
    indexOf: (ctx, name) => indexOfGenerated(ctx, name, trailingNumber, repositoryName),
  },
  counts: { tiny: 1, small: 3, medium: 20, large: 80 },
  /** ListTagsForResource tells the tags. */
  ownFields: ['Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_ECR_REPOSITORY, index, 1);
    const name = repositoryName(ctx, index);
    return {
      repositoryArn: ctx.arn('ecr', `repository/${name}`),
      registryId: ctx.accountId,
      repositoryName: name,
      repositoryUri: repositoryUri(ctx, index),
      createdAt: ctx.date('2022-03-01T00:00:00Z', 900, hash),
      imageTagMutability: hash % 3 === 0 ? 'IMMUTABLE' : 'MUTABLE',
      imageScanningConfiguration: { scanOnPush: hash % 2 === 0 },
      encryptionConfiguration: { encryptionType: 'AES256' },
      Tags: hash % 4 === 3 ? [] : [environmentTag(ctx, SALT_ECR_REPOSITORY, index)],
    };
  },
};
