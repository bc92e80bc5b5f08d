import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimKind } from '../../kinds/index.js';
import { collectionFor } from '../list-kind.js';

/** EFS's not-found errors, each a 404 with its own code. */
const NOT_FOUND = {
  efsFileSystem: ['FileSystemNotFound', 'File system'],
  efsMountTarget: ['MountTargetNotFound', 'Mount target'],
  efsAccessPoint: ['AccessPointNotFound', 'Access point'],
} as const satisfies Partial<Record<SimKind, readonly [string, string]>>;

type EfsKind = keyof typeof NOT_FOUND;

/** Throws EFS's not-found error unless the caller's scope holds an item of `kind` with this id. */
export function requireEfs(call: CallContext, kind: EfsKind, id: unknown): void {
  const [code, noun] = NOT_FOUND[kind];
  if (typeof id !== 'string' || collectionFor(kind, call).get(id) === undefined) {
    throw new AwsApiError(code, `${noun} '${String(id)}' does not exist.`, 404);
  }
}

export function badRequest(message: string): AwsApiError {
  return new AwsApiError('BadRequest', message, 400);
}
