import { afterAll, beforeAll, describe } from '@jest/globals';
import { Metadata, credentials, type Client, type ServiceError } from '@grpc/grpc-js';
import { collectorRequestLimits, type RunningCollector } from '@cloud-inventory/collector-kit';
import {
  loadCollectorProto,
  loadProtoFile,
  type ActionsApi,
  type ServiceRequestLimits,
} from '@cloud-inventory/protocol';
import { loadProtoDefinition, requestFieldsOf, requestLimitsCases } from '@cloud-inventory/protocol/testing';
import { actionRequestLimits } from './actions/action-request-limits.js';
import { startAwsCollector } from './server.js';

const token = 'collector-limits-token';
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
  requestLimitsCases(fields, limits, (method, request) => call(service, method, request));
});
