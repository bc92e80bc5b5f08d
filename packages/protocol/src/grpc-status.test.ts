import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Metadata, Server, credentials, status, type ServiceError } from '@grpc/grpc-js';
import { InvalidArgumentError, NotFoundError } from './errors.js';
import { MAX_STATUS_DETAILS_LENGTH, serverStreamHandler, unaryHandler } from './grpc-status.js';
import { loadCollectorProto } from './load-protos.js';
import { createServerCredentials } from './tls.js';
import type { ProtocolLogger } from './logger.js';
import type { CollectorClient } from './generated/cloudinventory/collector/v1/Collector.js';
import type { InitRequest__Output } from './generated/cloudinventory/collector/v1/InitRequest.js';
import type { InitResponse } from './generated/cloudinventory/collector/v1/InitResponse.js';
import type { CollectRequest__Output } from './generated/cloudinventory/collector/v1/CollectRequest.js';
import type { CollectResponse } from './generated/cloudinventory/collector/v1/CollectResponse.js';

function captureLogger(lines: object[]): ProtocolLogger {
  const make = (bindings: object): ProtocolLogger => ({
    error: (o, msg) => lines.push({ level: 'error', ...bindings, ...o, msg }),
    warn: (o, msg) => lines.push({ level: 'warn', ...bindings, ...o, msg }),
    info: (o, msg) => lines.push({ level: 'info', ...bindings, ...o, msg }),
    debug: () => undefined,
    child: (more) => make({ ...bindings, ...more }),
  });
  return make({});
}

const token = 'test-token-123';
const logLines: object[] = [];
let server: Server;
let client: CollectorClient;

beforeAll(async () => {
  const proto = loadCollectorProto();
  const options = {
    logger: captureLogger(logLines),
    token,
    bindings: (m: Metadata) => ({ jobId: m.get('x-job-id')[0] }),
    limits: {
      Init: { strings: { 'options.regions[]': 32 }, lists: { 'options.regions': 3 } },
      Collect: { strings: { 'task.service': 16 }, lists: {} },
    },
  };
  server = new Server();
  server.addService(proto.Collector.service, {
    Init: unaryHandler<InitRequest__Output, InitResponse>(options, 'Init', async (request) => {
      const region = request.options?.regions[0];
      if (region === 'bad') throw new InvalidArgumentError('options.regions[0]', 'unknown region');
      if (region === 'missing') throw new NotFoundError('region', 'missing');
      if (region === 'boom') throw new Error('secret-detail AKIASECRET');
      if (region === 'long') throw new InvalidArgumentError('options.regions[0]', `is not ${'x'.repeat(200_000)}`);
      return { provider: 'test', version: '1' };
    }),
    Verify: unaryHandler(options, 'Verify', async () => ({})),
    Collect: serverStreamHandler<CollectRequest__Output, CollectResponse>(options, 'Collect', async (request, call) => {
      call.write({ error_message: 'first' });
      if (request.task?.service === 'fail') throw new InvalidArgumentError('task.service', 'unknown service');
    }),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', createServerCredentials(undefined), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  client = new proto.Collector(`127.0.0.1:${port}`, credentials.createInsecure());
});

afterAll(() => {
  client.close();
  server.forceShutdown();
});

function authorized(): Metadata {
  const metadata = new Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  metadata.set('x-job-id', 'job-1');
  return metadata;
}

function init(region: string, metadata: Metadata): Promise<{ error: ServiceError | null; provider?: string }> {
  return new Promise((resolve) =>
    client.Init({ options: { regions: [region] } }, metadata, (error, response) =>
      resolve({ error, provider: response?.provider }),
    ),
  );
}

describe('gRPC status mapping', () => {
  it('answers a call with the right token', async () => {
    const { error, provider } = await init('us-east-1', authorized());
    expect(error).toBeNull();
    expect(provider).toBe('test');
  });

  it('rejects a call without or with a wrong token as UNAUTHENTICATED', async () => {
    expect((await init('us-east-1', new Metadata())).error?.code).toBe(status.UNAUTHENTICATED);
    const wrong = new Metadata();
    wrong.set('authorization', 'Bearer nope');
    expect((await init('us-east-1', wrong)).error?.code).toBe(status.UNAUTHENTICATED);
  });

  it('maps a typed error to its status and names the field', async () => {
    const { error } = await init('bad', authorized());
    expect(error?.code).toBe(status.INVALID_ARGUMENT);
    expect(error?.details).toContain('options.regions[0]');
    expect(error?.metadata.get('x-error-code')).toEqual(['INVALID_ARGUMENT']);
    expect((await init('missing', authorized())).error?.code).toBe(status.NOT_FOUND);
  });

  it('hides an unknown error behind INTERNAL and logs it with the call ids', async () => {
    const { error } = await init('boom', authorized());
    expect(error?.code).toBe(status.INTERNAL);
    expect(error?.details).not.toContain('AKIASECRET');
    const logged = logLines.find((line) => (line as { level: string }).level === 'error') as Record<string, unknown>;
    expect(logged).toMatchObject({ jobId: 'job-1', method: 'Init' });
    expect(String(error?.details)).toContain(String(logged.errorId));
  });

  it('cuts a status message to its maximum, so that the client still gets an answer', async () => {
    const { error } = await init('long', authorized());
    expect(error?.code).toBe(status.INVALID_ARGUMENT);
    expect(error?.details.length).toBeLessThanOrEqual(MAX_STATUS_DETAILS_LENGTH);
    expect(error?.details).toMatch(/^options\.regions\[0\]: is not x+… \(message cut, 200027 characters\)$/);
  });

  it('refuses a string or a list over the limits table before the handler runs, naming the field', async () => {
    const long = await init('r'.repeat(33), authorized());
    expect(long.error?.code).toBe(status.INVALID_ARGUMENT);
    expect(long.error?.details).toBe('options.regions[0]: must be at most 32 characters (got 33)');
    expect((await init('r'.repeat(32), authorized())).error).toBeNull();
    const many = await new Promise<ServiceError | null>((resolve) =>
      client.Init({ options: { regions: ['a', 'b', 'c', 'd'] } }, authorized(), (error) => resolve(error)),
    );
    expect(many?.details).toBe('options.regions: must have at most 3 entries (got 4)');
    const call = client.Collect({ task: { service: 's'.repeat(17) } }, authorized());
    call.on('data', () => undefined);
    const streamError = await new Promise<ServiceError>((resolve) => call.on('error', resolve));
    expect(streamError.details).toBe('task.service: must be at most 16 characters (got 17)');
  });

  it('ends a stream with the mapped status after the messages written so far', async () => {
    const received: string[] = [];
    const call = client.Collect({ task: { service: 'fail' } }, authorized());
    call.on('data', (message: { error_message: string }) => received.push(message.error_message));
    const error = await new Promise<ServiceError>((resolve) => call.on('error', resolve));
    expect(received).toEqual(['first']);
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toContain('task.service');
  });
});
