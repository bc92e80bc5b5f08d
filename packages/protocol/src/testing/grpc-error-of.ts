import type { ServiceError } from '@grpc/grpc-js';

/** The rejection of a call, as its gRPC error; fails when the call succeeds. */
export async function grpcErrorOf(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    return error as ServiceError;
  }
  throw new Error('expected the call to fail');
}
