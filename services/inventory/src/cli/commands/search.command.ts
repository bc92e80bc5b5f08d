import { formatSearch, parseSearch, type SearchQuery } from '@cloud-inventory/graph-store';
import type { InventoryApi } from '@cloud-inventory/protocol';
import { shortTime } from '../format.js';
import { renderTable, type Column } from '../table.js';
import {
  integerOption,
  printJson,
  printNote,
  printText,
  requireArg,
  type Command,
  type CommandContext,
} from './command.js';

/** Everything one search answered, over the pages read: one of the lists is filled, by the kind of query. */
interface SearchAnswer {
  resources: InventoryApi.Resource__Output[];
  changes: InventoryApi.Change__Output[];
  rows: InventoryApi.SearchRow__Output[];
  projections: InventoryApi.ProjectedResource__Output[];
  /** Whether more results than were read match. */
  more: boolean;
}

export const searchCommand: Command = {
  name: 'search',
  argsUsage: "'<query>'",
  summary: 'answer a question in the search language (README.md, "Search")',
  options: {
    count: { type: 'boolean' },
    limit: { type: 'string' },
    all: { type: 'boolean' },
  },
  optionHelp: [
    '--count            print only the number of results (of every page; the inventory counts them)',
    '--limit N          at most N results (default 100)',
    '--all              every result',
    "examples: search 'is(volume) and age > 90d with(empty, --> is(instance))'",
    "          search 'is(instance) | count by account, data.InstanceType'",
  ],
  async run(context) {
    const text = requireArg(context, 'query');
    if (context.values.count) {
      const count = await countResults(context, text);
      if (context.json) printJson(context, { count });
      else printText(context, String(count));
      return;
    }
    const limit = context.values.all
      ? Number.POSITIVE_INFINITY
      : integerOption(context.values, 'limit', 100, [1, 1_000_000]);
    const answer = await readPages(context, text, limit);
    const count = answer.resources.length + answer.changes.length + answer.rows.length + answer.projections.length;
    if (context.json) {
      printJson(context, jsonOf(answer));
      return;
    }
    printText(context, tableOf(answer));
    printNote(context, `${count} result(s)${answer.more ? '; more match (raise --limit or use --all)' : ''}`);
  },
};

/**
 * The number of results of every page. A query without an aggregation is counted by the inventory (`| count`, its
 * limit kept as a cap); an aggregated one, or text that does not parse here (the inventory then says why), by
 * reading its pages.
 */
async function countResults(context: CommandContext, text: string): Promise<number> {
  const query = parsedHere(text);
  if (!query || query.aggregate) {
    const answer = await readPages(context, text, Number.POSITIVE_INFINITY);
    return answer.resources.length + answer.changes.length + answer.rows.length + answer.projections.length;
  }
  const page = await context.client.call('Search', { text: formatSearch(countOf(query)) });
  const total = page.rows[0]?.value ?? 0;
  return query.limit === undefined ? total : Math.min(total, query.limit);
}

function parsedHere(text: string): SearchQuery | undefined {
  try {
    return parseSearch(text);
  } catch {
    // Documented expected case: the inventory parses the same text and answers the error with its column.
    return undefined;
  }
}

/** The same selection counted: sort, limit and fields dropped. */
function countOf(query: SearchQuery): SearchQuery {
  const aggregate = { op: 'count' as const, groupBy: [] };
  if (query.target === 'changes') {
    const { since, until } = query;
    return {
      target: 'changes',
      filter: query.filter,
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
      aggregate,
    };
  }
  return { target: 'resources', filter: query.filter, ...(query.steps ? { steps: query.steps } : {}), aggregate };
}

async function readPages(context: CommandContext, text: string, limit: number): Promise<SearchAnswer> {
  const answer: SearchAnswer = { resources: [], changes: [], rows: [], projections: [], more: false };
  const read = () => answer.resources.length + answer.changes.length + answer.rows.length + answer.projections.length;
  let pageToken = '';
  do {
    const page = await context.client.call('Search', {
      text,
      page_size: Math.min(1000, limit - read()),
      page_token: pageToken,
    });
    answer.resources.push(...page.resources);
    answer.changes.push(...page.changes);
    answer.rows.push(...page.rows);
    answer.projections.push(...page.projections);
    pageToken = page.next_page_token;
    answer.more = pageToken !== '';
  } while (answer.more && read() < limit);
  return answer;
}

/** Rows as `{ <group field>: value or null, …, value }`, projections as `{ uid, <field>: value, … }`. */
function jsonOf(answer: SearchAnswer): unknown[] {
  if (answer.rows.length > 0)
    return answer.rows.map((row) => ({
      ...Object.fromEntries(row.group.map((group) => [group.field, group.value ?? null])),
      value: row.value ?? null,
    }));
  if (answer.projections.length > 0)
    return answer.projections.map((projection) => ({
      uid: projection.uid,
      ...Object.fromEntries(
        projection.values.map((value) => [
          value.field,
          value.value_json === undefined ? null : JSON.parse(value.value_json),
        ]),
      ),
    }));
  if (answer.changes.length > 0) return answer.changes;
  return answer.resources;
}

function tableOf(answer: SearchAnswer): string {
  if (answer.rows.length > 0) {
    const fields = answer.rows[0]?.group.map((group) => group.field) ?? [];
    return renderTable<InventoryApi.SearchRow__Output>(
      [
        ...fields.map((field, index) => ({
          title: field,
          value: (row: InventoryApi.SearchRow__Output) => row.group[index]?.value ?? '(none)',
          maxWidth: 48,
        })),
        { title: 'value', value: (row) => (row.value === undefined ? '' : row.value), align: 'right' },
      ],
      answer.rows,
    );
  }
  if (answer.projections.length > 0) {
    const fields = answer.projections[0]?.values.map((value) => value.field) ?? [];
    return renderTable<InventoryApi.ProjectedResource__Output>(
      [
        { title: 'uid', value: (projection) => projection.uid },
        ...fields.map((field, index) => ({
          title: field,
          value: (projection: InventoryApi.ProjectedResource__Output) =>
            shownValue(projection.values[index]?.value_json),
          maxWidth: 48,
        })),
      ],
      answer.projections,
    );
  }
  if (answer.changes.length > 0) {
    return renderTable(
      [
        { title: 'at', value: (change) => shortTime(change.at) },
        { title: 'change', value: (change) => change.change },
        { title: 'kind', value: (change) => change.kind },
        { title: 'uid', value: (change) => change.uid },
        { title: 'name', value: (change) => change.name, maxWidth: 32 },
      ],
      answer.changes,
    );
  }
  const columns: Column<InventoryApi.Resource__Output>[] = [
    { title: 'uid', value: (resource) => resource.uid },
    { title: 'kind', value: (resource) => resource.kind },
    { title: 'name', value: (resource) => resource.name, maxWidth: 40 },
    { title: 'region', value: (resource) => resource.region },
    { title: 'account', value: (resource) => resource.account },
  ];
  return renderTable(columns, answer.resources);
}

/** Text as itself, other values as JSON; a missing value as nothing. */
function shownValue(json: string | undefined): string {
  if (json === undefined) return '';
  const value: unknown = JSON.parse(json);
  return typeof value === 'string' ? value : json;
}
