/**
 * A listing's `keep` for kinds whose API still lists what is gone (deleted endpoints, rejected peerings) for a while:
 * the items whose state, as `stateOf` reads it, is none of `goneStates` (compared without case: the SDK's enums and
 * EC2's wire values spell some states differently).
 */
export function stateIsNot<Item>(
  goneStates: readonly string[],
  stateOf: (item: Item) => string | undefined,
): (item: Item) => boolean {
  const gone = new Set(goneStates.map((state) => state.toLowerCase()));
  return (item) => !gone.has((stateOf(item) ?? '').toLowerCase());
}
