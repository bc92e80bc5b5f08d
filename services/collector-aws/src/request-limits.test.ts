import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Metadata, credentials, status, type Client, type ServiceError } from '@grpc/grpc-js';
import { collectorRequestLimits, type RunningCollector } from '@cloud-inventory/collector-kit';
import {
  loadCollectorProto,
  loadProtoFile,
  type ActionsApi,
  type RequestLimits,
  type ServiceRequestLimits,
} from '@cloud-inventory/protocol';
import {
  grpcErrorOf,
  listWith,
  loadProtoDefinition,
  requestFieldsOf,
  requestWith,
} from '@cloud-inventory/protocol/testing';
import { actionRequestLimits } from './actions/action-request-limits.js';
import { startAwsCollector } from './server.js';

const token = 'collector-limits-token';
const hugeLength = 200 * 1024;
let collector: RunningCollector;
const clients: Record<string, Client> = {};

beforeAll(async () => {
  collector = await startAwsCollector({ port: 0, poolSize: 0, token });
  const proto = loadCollectorProto();
  const actions = loadProtoFile<ActionsApi.ProtoGrpcType>('actions.proto').cloudinventory.collector.v1;
  clients['Job'] = new proto.Job(collector.address, credentials.createInsecure());
  clients['Collector'] = new proto.Collector(collector.address, credentials.createInsecure());
  clients['ResourceActions'] = new actions.ResourceActions(collector.address, credentials.createInsecure());
});

afterAll(async () => {
  for (const client of Object.values(clients)) client.close();
  await collector.stop();
});

/** Sends one request to a method (Collect reads the stream to its end) and resolves with its error, if any. */
function call(service: string, method: string, request: object): Promise<unknown> {
  const metadata = new Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  const client = clients[service] as unknown as Record<string, (...args: unknown[]) => unknown>;
  const deadline = { deadline: Date.now() + 5_000 };
  if (method === 'Collect') {
    return new Promise((resolve, reject) => {
      const stream = client[method]?.call(client, request, metadata, deadline) as NodeJS.EventEmitter;
      stream.on('data', () => undefined);
      stream.on('error', (error: ServiceError) => reject(error));
      stream.on('end', resolve);
    });
  }
  return new Promise((resolve, reject) =>
    client[method]?.call(client, request, metadata, deadline, (error: ServiceError | null, response: unknown) =>
      error ? reject(error) : resolve(response),
    ),
  );
}

const services: [service: string, file: string, limits: ServiceRequestLimits][] = [
  ['Job', 'collector.proto', collectorRequestLimits],
  ['Collector', 'collector.proto', collectorRequestLimits],
  ['ResourceActions', 'actions.proto', actionRequestLimits],
];

describe.each(services)('collector %s request limits', (service, file, limits) => {
  const fields = requestFieldsOf(loadProtoDefinition(file), `cloudinventory.collector.v1.${service}`);
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
    const error = await grpcErrorOf(call(service, method, request));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    // A map key too long is named by its map: quoting the key would echo what was too long.
    expect(error.details).toBe(
      `${field}: must be at most ${limitsOf(method).strings[path]} characters (got ${hugeLength})`,
    );
    expect(error.details).not.toContain('x'.repeat(64));
  });

  it.each(lists)('%s refuses one entry more than the maximum of %j', async (method, list) => {
    const max = limitsOf(method).lists[list.path] ?? 0;
    const error = await grpcErrorOf(call(service, method, listWith(list, max + 1)));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toBe(`${list.path}: must have at most ${max} entries (got ${max + 1})`);
  });
});
