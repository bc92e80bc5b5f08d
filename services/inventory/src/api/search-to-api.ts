import { formatFieldPath } from '@cloud-inventory/graph-store';
import type { SearchRow } from '@cloud-inventory/graph-store';
import type { InventoryApi } from '@cloud-inventory/protocol';
import type { Projection, SearchResult } from '../search/search-runner.js';
import { toApiChange, toApiResource } from './to-api.js';

/** One page of a search as the API sends it; groups in the order of the query's groupBy. */
export function toApiSearchResponse(result: SearchResult, nextPageToken: string): InventoryApi.SearchResponse {
  const groupFields = (result.query.aggregate?.groupBy ?? []).map(formatFieldPath);
  return {
    resources: (result.resources ?? []).map(toApiResource),
    changes: (result.changes ?? []).map(toApiChange),
    rows: (result.rows ?? []).map((row) => toApiRow(row, groupFields)),
    projections: (result.projections ?? []).map(toApiProjection),
    next_page_token: nextPageToken,
  };
}

function toApiRow(row: SearchRow, groupFields: string[]): InventoryApi.SearchRow {
  return {
    group: groupFields.map((field) => {
      const value = row.group[field];
      return value === null || value === undefined ? { field } : { field, value };
    }),
    ...(row.value === null ? {} : { value: row.value }),
  };
}

function toApiProjection(projection: Projection): InventoryApi.ProjectedResource {
  return {
    uid: projection.uid,
    values: projection.values.map(({ field, value }) =>
      value === undefined ? { field } : { field, value_json: JSON.stringify(value) },
    ),
  };
}
