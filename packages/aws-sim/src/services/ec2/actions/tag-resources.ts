import { AwsApiError } from '../../../errors.js';
import { KIND_SPECS, type SimKind } from '../../../kinds/index.js';
import type { SimTag } from '../../../world/records.js';
import type { ResourceScope, SimState } from '../../../world/sim-state.js';
import type { QueryParams } from '../query-params.js';
import { returnTrue, type Ec2Action } from './ec2-action-context.js';

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

function findTargets(params: QueryParams, scope: ResourceScope, state: SimState): TagTarget[] {
  const ids = [...new Set(params.list('ResourceId'))];
  if (ids.length === 0)
    throw new AwsApiError('MissingParameter', 'The request must contain the parameter ResourceId', 400);
  return ids.map((id) => {
    const taggable = TAGGABLE.find((candidate) => id.startsWith(candidate.prefix));
    if (!taggable) throw new AwsApiError('InvalidID', `The ID '${id}' is not valid`, 400);
    const record = state.get(taggable.kind, scope, id) as { Tags: SimTag[] } | undefined;
    if (!record) throw new AwsApiError(taggable.notFound, `The ${taggable.noun} '${id}' does not exist`, 400);
    return { kind: taggable.kind, id, tags: record.Tags };
  });
}

/** `Tag.N.Key` / `Tag.N.Value` pairs; a value may be absent (DeleteTags then removes the key whatever its value). */
function tagParams(params: QueryParams): { Key: string; Value: string | undefined }[] {
  const tags: { Key: string; Value: string | undefined }[] = [];
  for (const [key, name] of params.entries()) {
    const match = /^Tag\.(\d+)\.Key$/.exec(key);
    if (match) tags.push({ Key: name, Value: params.get(`Tag.${match[1]}.Value`) });
  }
  return tags;
}

/** CreateTags: adds or overwrites tags on each resource; keys starting with aws: are reserved. */
export const createTags: Ec2Action = ({ params, scope, state, commit }) => {
  const targets = findTargets(params, scope, state);
  const tags = tagParams(params);
  if (tags.length === 0) throw new AwsApiError('MissingParameter', 'The request must contain the parameter Tag', 400);
  for (const { Key } of tags) {
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
    for (const { Key, Value } of tags) merged.set(Key, Value ?? '');
    const Tags = [...merged].map(([Key, Value]) => ({ Key, Value }));
    state.update(target.kind, scope, target.id, { Tags } as never);
  }
  return returnTrue;
};

/** DeleteTags: removes the keys given (only where the value matches, when a value is given); no Tag removes all. */
export const deleteTags: Ec2Action = ({ params, scope, state, commit }) => {
  const targets = findTargets(params, scope, state);
  const tags = tagParams(params);
  commit();
  for (const target of targets) {
    const Tags = target.tags.filter(
      (existing) =>
        tags.length > 0 &&
        !tags.some(({ Key, Value }) => Key === existing.Key && (Value === undefined || Value === existing.Value)),
    );
    state.update(target.kind, scope, target.id, { Tags } as never);
  }
  return returnTrue;
};
