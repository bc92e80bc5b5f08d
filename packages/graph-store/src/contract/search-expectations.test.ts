import { describe, expect, it } from '@jest/globals';
import {
  changeCases,
  changeRowCases,
  resourceCaseGroups,
  ROW_CASES,
  seenCases,
  type ResourceCase,
} from './search-expectations.js';
import { ALL_IDS, idOf } from './search-fixtures.js';
import { MEMORY_TIMES, memoryReference } from './search-memory-estate.js';
import { generatedPredicates } from './search-generated.js';
import { expectedIdOrder } from './search-checks.js';

/** The contract's stated answers agree with the in-memory reference (so a failing store case is the store's fault). */
describe('search expectations', () => {
  const reference = memoryReference();
  const answer = (item: ResourceCase) => reference.resources(item.query).map((found) => idOf(found.uid));

  for (const [group, cases] of Object.entries({ ...resourceCaseGroups(), seen: seenCases(MEMORY_TIMES) }))
    it(`states the reference's answers: ${group}`, () => {
      const wrong = cases
        .map((item) => ({ case: item.name, stated: expectedIdOrder(item), reference: answer(item) }))
        .filter((entry) => JSON.stringify(entry.stated) !== JSON.stringify(entry.reference));
      expect(wrong).toEqual([]);
    });

  it("states the reference's rows", () => {
    const wrong = ROW_CASES.map((item) => ({
      case: item.name,
      stated: item.rows,
      reference: reference.rows(item.query),
    })).filter((entry) => JSON.stringify(entry.stated) !== JSON.stringify(entry.reference));
    expect(wrong).toEqual([]);
  });

  it("states the reference's changes and change rows", () => {
    const wrong = changeCases(MEMORY_TIMES)
      .map((item) => {
        const found = reference.changeRecords(item.query).map((change) => `${change.change}:${idOf(change.uid)}`);
        return { case: item.name, stated: item.changes, reference: item.unordered ? found.sort() : found };
      })
      .filter((entry) => {
        const stated = entry.stated;
        const sortedStated = [...stated].sort();
        return (
          JSON.stringify(entry.reference) !== JSON.stringify(stated) &&
          JSON.stringify(entry.reference) !== JSON.stringify(sortedStated)
        );
      });
    expect(wrong).toEqual([]);
    const wrongRows = changeRowCases(MEMORY_TIMES)
      .map((item) => ({ case: item.name, stated: item.rows, reference: reference.changeRows(item.query) }))
      .filter((entry) => JSON.stringify(entry.stated) !== JSON.stringify(entry.reference));
    expect(wrongRows).toEqual([]);
  });

  it('generates predicates that tell resources apart', () => {
    const predicates = generatedPredicates(30);
    expect(predicates).toHaveLength(30);
    expect(generatedPredicates(30)).toEqual(predicates);
    const sizes = predicates.map((predicate) => reference.resources({ target: 'resources', filter: predicate }).length);
    // Not all trivially empty or everything: most generated predicates keep some resources and leave others.
    expect(sizes.filter((size) => size > 0 && size < ALL_IDS.length).length).toBeGreaterThanOrEqual(15);
  });
});
