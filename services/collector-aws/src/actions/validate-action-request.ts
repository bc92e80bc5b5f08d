import { InvalidArgumentError, excerpt, type ActionsApi } from '@cloud-inventory/protocol';
import { idPatterns, type ExecutableAction } from './ec2-action-calls.js';

const regionPattern = /^[a-z]{2}(-[a-z]+)+-\d$/;
const tagKeyPattern = /^(?!aws:)[\p{L}\p{N}\s_.:/=+\-@]{1,128}$/u;

export interface ValidActionRequest {
  action: ExecutableAction;
  targets: { id: string; uid: string; region: string }[];
  tags: Record<string, string>;
  dryRun: boolean;
}

/** Checks an ActionRequest; every INVALID_ARGUMENT names the field. */
export function validateActionRequest(request: ActionsApi.ActionRequest__Output): ValidActionRequest {
  const action = request.action;
  if (action === 'ACTION_TYPE_UNSPECIFIED' || !(action in idPatterns)) {
    throw new InvalidArgumentError('action', `must be one of ${Object.keys(idPatterns).join(', ')}`);
  }
  if (request.targets.length === 0) throw new InvalidArgumentError('targets', 'must name at least one resource');
  if (request.targets.length > 1000) throw new InvalidArgumentError('targets', 'at most 1000 per request');
  const targets = request.targets.map((target, index) => {
    if (!idPatterns[action].test(target.id)) {
      throw new InvalidArgumentError(`targets[${index}].id`, `is not an id ${action} accepts`);
    }
    if (!regionPattern.test(target.region)) {
      throw new InvalidArgumentError(`targets[${index}].region`, 'must be a region code such as eu-west-1');
    }
    return { id: target.id, uid: target.uid, region: target.region };
  });
  const tags = request.tags;
  if ((action === 'CREATE_TAGS' || action === 'DELETE_TAGS') && Object.keys(tags).length === 0) {
    throw new InvalidArgumentError('tags', `${action} needs at least one tag`);
  }
  for (const key of Object.keys(tags)) {
    if (!tagKeyPattern.test(key))
      throw new InvalidArgumentError(`tags[${excerpt(key)}]`, 'is not a tag key AWS allows');
  }
  return { action, targets, tags, dryRun: request.dry_run };
}
