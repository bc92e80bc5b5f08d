import type { ServiceDefinition } from '@grpc/grpc-js';
import { InvalidArgumentError } from '@cloud-inventory/protocol';
import type { InventoryApi } from '@cloud-inventory/protocol';

const undecodable = Symbol('undecodable search request');

type DecodedSearch = InventoryApi.SearchRequest__Output & { [undecodable]?: string };

/**
 * The service definition with a Search request decoder that does not fail the call: a query nested deeper than the
 * protobuf decoder goes (100 messages) or bytes that are no SearchRequest would be INTERNAL from grpc-js; decoded
 * as a marked empty request instead, the handler answers INVALID_ARGUMENT (assertDecoded).
 */
export function withTolerantSearchDecoding(service: ServiceDefinition): ServiceDefinition {
  const search = service.Search;
  if (!search) return service;
  const decode = search.requestDeserialize as (bytes: Buffer) => InventoryApi.SearchRequest__Output;
  const requestDeserialize = (bytes: Buffer): DecodedSearch => {
    try {
      return decode(bytes);
    } catch (error) {
      // Documented expected case: the reason travels to the handler, which refuses the request.
      const reason = error instanceof Error ? error.message : 'unknown error';
      return { text: '', query: null, page_size: 0, page_token: '', [undecodable]: reason };
    }
  };
  return { ...service, Search: { ...search, requestDeserialize } };
}

export function assertDecoded(request: InventoryApi.SearchRequest__Output): void {
  const reason = (request as DecodedSearch)[undecodable];
  if (reason !== undefined)
    throw new InvalidArgumentError('query', `does not decode (${reason.slice(0, 200)}): at most 100 nested messages`);
}
