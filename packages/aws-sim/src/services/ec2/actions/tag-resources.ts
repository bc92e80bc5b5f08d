import type { CreateTagsRequest, DeleteTagsRequest } from '@aws-sdk/client-ec2';
import { AwsApiError } from '../../../errors.js';
import { KIND_SPECS, type SimKind } from '../../../kinds/index.js';
import type { SimTag } from '../../../world/records.js';
import type { ResourceScope, SimState } from '../../../world/sim-state.js';
import { ec2Action, missingParameter } from './ec2-action-context.js';

/** Taggable kinds by id prefix, with the not-found code EC2 answers for each: the EC2 kinds with prefixed ids. */
const TAGGABLE: { prefix: string; kind: SimKind; notFound: string; noun: string }[] = KIND_SPECS.flatMap((spec) =>
  'prefix' in spec.ids && spec.describe
    ? [
        {
          prefix: spec.ids.prefix,
          kind: spec.kind,
          notFound: spec.describe.ids.notFoundCode,
          noun: spec.describe.ids.notFoundNoun,
        },
      ]
    : [],
);

interface TagTarget {
  kind: SimKind;
  id: string;
  tags: SimTag[];
}

function findTargets(resources: string[] | undefined, scope: ResourceScope, state: SimState): TagTarget[] {
  const ids = [...new Set(resources ?? [])];
  if (ids.length === 0) throw missingParameter('ResourceId');
  return ids.map((id) => {
    const taggable = TAGGABLE.find((candidate) => id.startsWith(candidate.prefix));
    if (!taggable) throw new AwsApiError('InvalidID', `The ID '${id}' is not valid`, 400);
    const record = state.get(taggable.kind, scope, id) as { Tags: SimTag[] } | undefined;
    if (!record) throw new AwsApiError(taggable.notFound, `The ${taggable.noun} '${id}' does not exist`, 400);
    return { kind: taggable.kind, id, tags: record.Tags };
  });
}

/** CreateTags: adds or overwrites tags on each resource; keys starting with aws: are reserved. */
export const createTags = ec2Action<CreateTagsRequest, object>(({ input, scope, state, commit }) => {
  const targets = findTargets(input.Resources, scope, state);
  const tags = input.Tags ?? [];
  if (tags.length === 0) throw missingParameter('Tag');
  for (const { Key = '' } of tags) {
    if (Key.toLowerCase().startsWith('aws:')) {
      throw new AwsApiError(
        'InvalidParameterValue',
        `Tag keys starting with 'aws:' are reserved for internal use`,
        400,
      );
    }
  }
  commit();
  for (const target of targets) {
    const merged = new Map(target.tags.map((tag) => [tag.Key, tag.Value]));
    for (const { Key = '', Value } of tags) merged.set(Key, Value ?? '');
    const Tags = [...merged].map(([Key, Value]) => ({ Key, Value }));
    state.update(target.kind, scope, target.id, { Tags } as never);
  }
  return {};
});

/** DeleteTags: removes the keys given (only where the value matches, when a value is given); no Tag removes all. */
export const deleteTags = ec2Action<DeleteTagsRequest, object>(({ input, scope, state, commit }) => {
  const targets = findTargets(input.Resources, scope, state);
  const tags = input.Tags ?? [];
  commit();
  for (const target of targets) {
    const Tags = target.tags.filter(
      (existing) =>
        tags.length > 0 &&
        !tags.some(({ Key, Value }) => Key === existing.Key && (Value === undefined || Value === existing.Value)),
    );
    state.update(target.kind, scope, target.id, { Tags } as never);
  }
  return {};
});
