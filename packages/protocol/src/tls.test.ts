import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Server, credentials, status, type ServiceError } from '@grpc/grpc-js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unaryHandler } from './grpc-status.js';
import { loadCollectorProto } from './load-protos.js';
import { createChannelCredentials, createServerCredentials } from './tls.js';
import { silentProtocolLogger, writeSelfSignedCertificate } from './testing/index.js';

const silent = silentProtocolLogger;
let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tls-test-'));
  const tls = writeSelfSignedCertificate(dir);
  const proto = loadCollectorProto();
  server = new Server();
  server.addService(proto.Collector.service, {
    Init: unaryHandler({ logger: silent }, 'Init', async () => ({ provider: 'tls' })),
    Verify: unaryHandler({ logger: silent }, 'Verify', async () => ({})),
    Collect: () => undefined,
  });
  port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', createServerCredentials(tls), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
});

afterAll(() => {
  server.forceShutdown();
  rmSync(dir, { recursive: true, force: true });
});

function init(channel: ReturnType<typeof credentials.createInsecure>) {
  const client = new (loadCollectorProto().Collector)(`127.0.0.1:${port}`, channel);
  return new Promise<{ error: ServiceError | null; provider?: string }>((resolve) =>
    client.Init({}, { deadline: Date.now() + 5_000 }, (error, response) => {
      client.close();
      resolve({ error, provider: response?.provider });
    }),
  );
}

describe('TLS', () => {
  it('serves clients that trust the server certificate', async () => {
    const { error, provider } = await init(createChannelCredentials({ caFile: join(dir, 'cert.pem') }));
    expect(error).toBeNull();
    expect(provider).toBe('tls');
  });

  it('refuses plaintext clients', async () => {
    const { error } = await init(credentials.createInsecure());
    expect(error?.code).toBe(status.UNAVAILABLE);
  });
});
