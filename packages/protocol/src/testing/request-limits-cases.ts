import { expect, it } from '@jest/globals';
import { status } from '@grpc/grpc-js';
import type { RequestLimits, ServiceRequestLimits } from '../request-limits.js';
import { grpcErrorOf } from './grpc-error-of.js';
import { listWith, requestWith, type RequestFields } from './request-fields.js';

const hugeLength = 200 * 1024;

/**
 * The cases every service's limit table must pass, run inside the caller's describe: the table bounds exactly the
 * string and list fields of its requests (read from the proto), a 200 KB value of any string is INVALID_ARGUMENT
 * naming the field without echoing it, and one list entry more than the maximum is refused.
 */
export function requestLimitsCases(
  fields: Record<string, RequestFields>,
  limits: ServiceRequestLimits,
  call: (method: string, request: object) => Promise<unknown>,
): void {
  const strings = Object.entries(fields).flatMap(([method, found]) =>
    found.strings.map((path) => [method, path] as const),
  );
  const lists = Object.entries(fields).flatMap(([method, found]) => found.lists.map((list) => [method, list] as const));
  const limitsOf = (method: string): RequestLimits => limits[method] ?? { strings: {}, lists: {} };

  it('bounds exactly the string and list fields of every request, method by method', () => {
    for (const [method, found] of Object.entries(fields)) {
      expect([method, Object.keys(limitsOf(method).strings).sort()]).toEqual([method, [...found.strings].sort()]);
      expect([method, Object.keys(limitsOf(method).lists).sort()]).toEqual([
        method,
        found.lists.map((list) => list.path).sort(),
      ]);
    }
  });

  it.each(strings)('%s answers a 200 KB %s with INVALID_ARGUMENT naming it, at once', async (method, path) => {
    const { request, field } = requestWith(path, 'x'.repeat(hugeLength));
    const error = await grpcErrorOf(call(method, request));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    // A map key too long is named by its map: quoting the key would echo what was too long.
    expect(error.details).toBe(
      `${field}: must be at most ${limitsOf(method).strings[path]} characters (got ${hugeLength})`,
    );
    expect(error.details).not.toContain('x'.repeat(64));
  });

  it.each(lists)('%s refuses one entry more than the maximum of %j', async (method, list) => {
    const max = limitsOf(method).lists[list.path] ?? 0;
    const { request, field } = listWith(list, max + 1);
    const error = await grpcErrorOf(call(method, request));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toBe(`${field}: must have at most ${max} entries (got ${max + 1})`);
  });
}
