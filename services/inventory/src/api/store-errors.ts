import {
  InvalidArgumentError,
  NotFoundError,
  ResourceExhaustedError,
  StoreUnavailableError,
} from '@cloud-inventory/protocol';
import {
  InvalidStoreArgumentError,
  StoreLimitError,
  StoreNotFoundError,
  StoreUnavailableError as GraphStoreUnavailableError,
} from '@cloud-inventory/graph-store';

const fieldNames: Record<string, string> = { limit: 'page_size', pageToken: 'page_token', edgeTypes: 'edge_types' };

/** Store errors carry the store's field paths; the API names its own request fields. */
export function toApiError(error: unknown): unknown {
  if (error instanceof InvalidStoreArgumentError) {
    const field = error.field
      .replace(/^(filter|query|page)\./, '')
      .split('.')
      .map((part) => part.replace(/^[A-Za-z]+/, (name) => fieldNames[name] ?? name))
      .join('.');
    return new InvalidArgumentError(field, error.reason);
  }
  // The message names the limit (`timeMs: …`, SEARCH_LIMITS).
  if (error instanceof StoreLimitError) return new ResourceExhaustedError(error.message, { cause: error });
  if (error instanceof StoreNotFoundError) return new NotFoundError(error.entity, error.id);
  if (error instanceof GraphStoreUnavailableError) return new StoreUnavailableError(error.message, { cause: error });
  return error;
}

/** Runs a store call, rethrowing its errors in API terms. */
export async function fromStore<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toApiError(error);
  }
}
