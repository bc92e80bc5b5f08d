import { describe, expect, it } from '@jest/globals';
import { MappingError } from '@cloud-inventory/collector-kit';
import { EcsTaskDefinitionsManager } from './task-definitions.manager.js';
import type { TaskDefinitionWithTags } from './task-definitions.connector.js';

const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };
const arn = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7';

// An item as the SDK parses DescribeTaskDefinition with its tags; the conformance suite collects generated ones.
function definitionWith(images: string[]): TaskDefinitionWithTags {
  return {
    taskDefinitionArn: arn,
    family: 'web',
    revision: 7,
    status: 'ACTIVE',
    containerDefinitions: images.map((image, index) => ({ name: `c${index}`, image })),
    registeredAt: new Date('2026-01-02T03:04:05.000Z'),
    tags: [{ key: 'team', value: 'platform' }],
  };
}

describe('ECS task definitions', () => {
  const manager = new EcsTaskDefinitionsManager();

  it('use the ECR repositories of their own account and region, by the image URI, whatever its tag or digest', () => {
    const resource = manager.map(
      definitionWith([
        '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/web:v3',
        '123456789012.dkr.ecr.eu-west-1.amazonaws.com/base@sha256:0f1e2d',
        '123456789012.dkr.ecr.eu-west-1.amazonaws.com/plain',
        // another account's registry, another region's, public ECR and Docker Hub are not resources of this scope
        '210987654321.dkr.ecr.eu-west-1.amazonaws.com/shared:v1',
        '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/web:v3',
        'public.ecr.aws/nginx/nginx:1.27',
        'redis:7',
      ]),
      scope,
    );
    expect(resource.relationships).toEqual(
      ['team/web', 'base', 'plain'].map((name) => ({
        type: 'uses',
        target_kind: 'aws_ecr_repository',
        target_uid: `arn:aws:ecr:eu-west-1:123456789012:repository/${name}`,
      })),
    );
  });

  it('are named family:revision, with the lower-case ECS tags', () => {
    const resource = manager.map(definitionWith([]), scope);
    expect(resource).toMatchObject({ uid: arn, id: arn, name: 'web:7', tags: { team: 'platform' } });
    expect(resource.created_at).toBe('2026-01-02T03:04:05.000Z');
  });

  it('refuse an ARN of another scope or resource type as their uid', () => {
    const foreign = { ...definitionWith([]), taskDefinitionArn: arn.replace('123456789012', '210987654321') };
    expect(() => manager.map(foreign, scope)).toThrow(MappingError);
    const service = { ...definitionWith([]), taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:service/c/web' };
    expect(() => manager.map(service, scope)).toThrow(MappingError);
  });
});
