import type { IdPart, NamedIds } from './kind-spec.js';

/**
 * Names made by a part's id codec, some items marked with a prefix or suffix AWS gives them (an automated RDS
 * snapshot's `rds:`, a FIFO topic's `.fifo`); parsed back to the index only when the mark fits the item.
 */
export function markedNames(
  part: IdPart,
  mark: { prefix?: string; suffix?: string },
  isMarked: (index: number) => boolean,
): NamedIds {
  const prefix = mark.prefix ?? '';
  const suffix = mark.suffix ?? '';
  return {
    nameAt: (ctx, index) => (isMarked(index) ? `${prefix}${ctx.id(part, index)}${suffix}` : ctx.id(part, index)),
    indexOf(ctx, name) {
      const marked = name.startsWith(prefix) && name.endsWith(suffix) && name.length > prefix.length + suffix.length;
      const bare = marked ? name.slice(prefix.length, name.length - suffix.length) : name;
      const index = ctx.partIndexOf(part, bare);
      return index !== undefined && isMarked(index) === marked ? index : undefined;
    },
  };
}
