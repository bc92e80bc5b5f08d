import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Server, ServerCredentials, status, type ServiceError } from '@grpc/grpc-js';
import { unaryHandler } from './grpc-status.js';
import { loadCollectorProto } from './load-protos.js';
import { UnaryClient, type UnaryMethodsOf } from './unary-client.js';
import type { CollectorClient, CollectorDefinition } from './generated/cloudinventory/collector/v1/Collector.js';
import { silentProtocolLogger as silent } from './testing/index.js';

/** Collector's unary Init only (Collect streams). */
type CollectorMethods = Pick<UnaryMethodsOf<CollectorDefinition>, 'Init'>;

let server: Server;
let address: string;

beforeAll(async () => {
  server = new Server();
  server.addService(loadCollectorProto().Collector.service, {
    Init: unaryHandler({ logger: silent, token: 'letmein' }, 'Init', async () => ({ provider: 'unary' })),
    Verify: () => undefined,
    Collect: () => undefined,
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  address = `127.0.0.1:${port}`;
});

afterAll(() => {
  server.forceShutdown();
});

function client(token?: string): UnaryClient<CollectorMethods, CollectorClient> {
  return new UnaryClient(loadCollectorProto().Collector, address, token ? { token } : {}, 5_000);
}

describe('UnaryClient', () => {
  it('resolves with the response when it sends the expected bearer token', async () => {
    const authorized = client('letmein');
    const response = await authorized.call('Init', {});
    authorized.close();
    expect(response.provider).toBe('unary');
  });

  it('rejects with the service error when the token is missing', async () => {
    const anonymous = client();
    const error = await anonymous.call('Init', {}).then(
      () => undefined,
      (failure: unknown) => failure as ServiceError,
    );
    anonymous.close();
    expect(error?.code).toBe(status.UNAUTHENTICATED);
  });
});
