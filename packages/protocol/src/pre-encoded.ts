import type { MethodDefinition } from '@grpc/proto-loader';

/**
 * A service definition whose `method` also accepts responses already encoded as bytes (by a worker thread), writing
 * them as they are: the main thread then neither copies nor re-encodes what a worker produced.
 */
export function acceptPreEncodedResponses<Definition extends object>(
  service: Definition,
  method: keyof Definition,
): Definition {
  const original = service[method] as MethodDefinition<unknown, unknown, unknown, unknown>;
  const serialize = original.responseSerialize;
  const passThrough = (value: unknown): Buffer =>
    value instanceof Uint8Array ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : serialize(value);
  return { ...service, [method]: { ...original, responseSerialize: passThrough } };
}
