import { InvalidStoreArgumentError } from '@cloud-inventory/graph-store';
import type { SearchQuery } from '@cloud-inventory/graph-store';
import { InvalidArgumentError } from '@cloud-inventory/protocol';
import type { InventoryApi } from '@cloud-inventory/protocol';
import { protoFieldOf } from '../search/proto-field-path.js';
import { searchFromProto } from '../search/search-from-proto.js';
import type { SearchRunner } from '../search/search-runner.js';
import { decodePageToken, encodePageToken } from './page-token.js';
import { pageSize } from './request-validation.js';
import { toApiSearchResponse } from './search-to-api.js';
import { toApiError } from './store-errors.js';

export function searchHandlers({ search }: { search: SearchRunner }) {
  return {
    async Search(request: InventoryApi.SearchRequest__Output): Promise<InventoryApi.SearchResponse> {
      const hasText = request.text !== '';
      if (hasText === (request.query !== null))
        throw new InvalidArgumentError(hasText ? 'query' : 'text', 'give exactly one of text and query');
      const limit = pageSize('page_size', request.page_size, 100);
      // The token is bound to the request's query as sent: the same text, or the same structured message.
      const source = hasText ? { text: request.text } : { query: request.query };
      const pageToken = decodePageToken(request.page_token, source);
      const query = hasText ? request.text : searchFromProto(request.query!);
      const page = { limit, ...(pageToken ? { pageToken } : {}) };
      try {
        const result = await search.search(query, page);
        return toApiSearchResponse(result, encodePageToken(result.nextPageToken, source));
      } catch (error) {
        throw searchError(error, query);
      }
    },
  };
}

/**
 * A text query's errors name `text` (a syntax error keeps its `column <n>:` reason; a model path of the parsed query
 * stays in the reason); a structured query's name the proto field they are about.
 */
function searchError(error: unknown, query: string | SearchQuery): unknown {
  if (!(error instanceof InvalidStoreArgumentError) || !/^query(\.|\[|$)/.test(error.field)) return toApiError(error);
  if (typeof query === 'string')
    return new InvalidArgumentError('text', error.field === 'query' ? error.reason : `${error.field}: ${error.reason}`);
  return new InvalidArgumentError(protoFieldOf(error.field, query), error.reason);
}
