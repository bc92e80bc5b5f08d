import type { ChangeRecord, GraphStore, StoredResource } from '../graph-store.js';
import type { SearchQuery, SearchRow } from '../search/search-query.js';
import { compareCodePoints } from '../search/value-order.js';
import type { ChangeCase, ChangeRowCase, ResourceCase, RowCase } from './search-expectations.js';
import { idOf, uidOf } from './search-fixtures.js';

/** Running the search cases against a store: every page of an answer, and the cases it answered wrongly. */

export interface CollectedAnswer {
  resources: StoredResource[];
  rows: SearchRow[];
  changes: ChangeRecord[];
  pages: number;
}

/** Every page of a search, page by page with `pageSize`; throws on a token that repeats or on too many pages. */
export async function collectPages(store: GraphStore, query: SearchQuery, pageSize = 100): Promise<CollectedAnswer> {
  const answer: CollectedAnswer = { resources: [], rows: [], changes: [], pages: 0 };
  const tokens = new Set<string>();
  let pageToken: string | undefined;
  do {
    const page = await store.search(query, { limit: pageSize, ...(pageToken === undefined ? {} : { pageToken }) });
    answer.pages += 1;
    answer.resources.push(...(page.resources ?? []));
    answer.rows.push(...(page.rows ?? []));
    answer.changes.push(...(page.changes ?? []));
    const size = (page.resources?.length ?? 0) + (page.rows?.length ?? 0) + (page.changes?.length ?? 0);
    if (size > pageSize) throw new Error(`a page of ${size} items, over the page size ${pageSize}`);
    pageToken = page.nextPageToken;
    if (pageToken !== undefined && tokens.has(pageToken)) throw new Error(`the page token ${pageToken} came twice`);
    if (pageToken !== undefined) tokens.add(pageToken);
    if (answer.pages > 500) throw new Error('more than 500 pages');
  } while (pageToken !== undefined);
  return answer;
}

/** The stated ids in the order the store must answer: as stated when the query sorts, else in uid order. */
export function expectedIdOrder(item: ResourceCase): string[] {
  if (item.query.sort !== undefined && item.query.sort.length > 0) return [...item.ids];
  return [...item.ids].sort((a, b) => compareCodePoints(uidOf(a), uidOf(b)));
}

export interface CaseFailure {
  case: string;
  expected: unknown;
  got: unknown;
}

const errorText = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

async function attempt<T>(name: string, expected: unknown, run: () => Promise<T>): Promise<T | CaseFailure> {
  try {
    return await run();
  } catch (error) {
    return { case: name, expected, got: `threw ${errorText(error)}` };
  }
}

const isFailure = (value: unknown): value is CaseFailure =>
  typeof value === 'object' && value !== null && 'case' in value && 'got' in value;

export async function resourceFailures(
  store: GraphStore,
  cases: readonly ResourceCase[],
  pageSize = 100,
): Promise<CaseFailure[]> {
  const failures: CaseFailure[] = [];
  for (const item of cases) {
    const expected = expectedIdOrder(item);
    const answer = await attempt(item.name, expected, () => collectPages(store, item.query, pageSize));
    if (isFailure(answer)) failures.push(answer);
    else {
      const got = answer.resources.map((found) => idOf(found.uid));
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ case: item.name, expected, got });
    }
  }
  return failures;
}

/** Rows compared with their values rounded to 9 digits (an average need not be exact to the last bit). */
const roundRows = (rows: SearchRow[]) =>
  rows.map((row) => ({ group: row.group, value: row.value === null ? null : Number(row.value.toPrecision(9)) }));

export async function rowFailures(
  store: GraphStore,
  cases: readonly (RowCase | ChangeRowCase)[],
  pageSize = 100,
): Promise<CaseFailure[]> {
  const failures: CaseFailure[] = [];
  for (const item of cases) {
    const expected = roundRows(item.rows);
    const answer = await attempt(item.name, expected, () => collectPages(store, item.query, pageSize));
    if (isFailure(answer)) failures.push(answer);
    else {
      const got = roundRows(answer.rows);
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ case: item.name, expected, got });
    }
  }
  return failures;
}

export async function changeFailures(
  store: GraphStore,
  cases: readonly ChangeCase[],
  pageSize = 100,
): Promise<CaseFailure[]> {
  const failures: CaseFailure[] = [];
  for (const item of cases) {
    const expected = item.unordered ? [...item.changes].sort() : [...item.changes];
    const answer = await attempt(item.name, expected, () => collectPages(store, item.query, pageSize));
    if (isFailure(answer)) failures.push(answer);
    else {
      const found = answer.changes.map((change) => `${change.change}:${idOf(change.uid)}`);
      const got = item.unordered ? found.sort() : found;
      if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ case: item.name, expected, got });
    }
  }
  return failures;
}
