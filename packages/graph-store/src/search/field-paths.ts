import type { FieldPath } from './search-query.js';

const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A path as the text syntax writes it, and as aggregation rows name their groups: `region`, `tags.team`,
 * `tags["aws:cloudformation:stack-name"]`, `data.State.Name`, `data.IpPermissions[any].IpRanges[0].CidrIp`.
 */
export function formatFieldPath(path: FieldPath): string {
  if (path.root === 'field') return path.name;
  if (path.root === 'tag') return `tags${keySegment(path.key)}`;
  let text = 'data';
  for (const segment of path.segments) {
    if ('key' in segment) text += keySegment(segment.key);
    else if ('index' in segment) text += `[${segment.index}]`;
    else text += `[${segment.quantifier}]`;
  }
  return text;
}

function keySegment(key: string): string {
  return KEY_PATTERN.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
