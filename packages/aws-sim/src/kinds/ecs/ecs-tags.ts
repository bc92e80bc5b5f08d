import type { ScopeContext } from '../../world/scope-context.js';
import { environmentTag } from '../tags.js';

/** ECS writes tags with lower-case members. */
export interface EcsTag {
  key: string;
  value: string;
}

export function ecsTags(ctx: ScopeContext, salt: number, index: number, extra: Record<string, string> = {}): EcsTag[] {
  const environment = environmentTag(ctx, salt, index);
  return [
    { key: environment.Key, value: environment.Value },
    ...Object.entries(extra).map(([key, value]) => ({ key, value })),
  ];
}
