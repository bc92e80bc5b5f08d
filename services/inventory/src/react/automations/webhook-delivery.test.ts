import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { ManualClock } from '../../testing/manual-clock.js';
import { startWebhookReceiver } from '../testing/webhook-receiver.js';
import { deliverWebhook } from './webhook-delivery.js';

const logger = pino({ level: 'silent' });
const stops: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** Fires each timer as soon as it is set (after the current tick), keeping the delays asked for. */
class ImmediateClock extends ManualClock {
  override setTimer(callback: () => void, ms: number) {
    const timer = super.setTimer(callback, ms);
    setImmediate(() => this.advanceBy(ms));
    return timer;
  }
}

describe('deliverWebhook', () => {
  it('posts the body as JSON and succeeds on the first 2xx', async () => {
    const receiver = await startWebhookReceiver();
    stops.push(receiver.stop);
    const result = await deliverWebhook(
      `${receiver.url}/hook`,
      { job: 'j', resources: [{ uid: 'u1' }] },
      { attempts: 3, backoffMs: 100, timeoutMs: 5000, allowPrivateNetworks: true },
      { clock: new ManualClock(0), logger },
    );
    expect(result).toEqual({ isDelivered: true, attempts: 1 });
    expect(receiver.received).toEqual([
      { path: '/hook', host: new URL(receiver.url).host, body: { job: 'j', resources: [{ uid: 'u1' }] } },
    ]);
  });

  it('retries a failing endpoint with exponential backoff on the injected clock until it answers', async () => {
    const receiver = await startWebhookReceiver({ failFirst: 2 });
    stops.push(receiver.stop);
    const clock = new ImmediateClock(0);
    const result = await deliverWebhook(
      receiver.url,
      { n: 1 },
      { attempts: 4, backoffMs: 100, timeoutMs: 5000, allowPrivateNetworks: true },
      { clock, logger },
    );
    expect(result).toEqual({ isDelivered: true, attempts: 3 });
    expect(clock.requestedDelays).toEqual([100, 200]);
    expect(receiver.calls).toBe(3);
  });

  it('reports the last failure after the last attempt instead of throwing', async () => {
    const receiver = await startWebhookReceiver({ failFirst: 10 });
    stops.push(receiver.stop);
    const clock = new ImmediateClock(0);
    const result = await deliverWebhook(
      receiver.url,
      {},
      { attempts: 3, backoffMs: 50, timeoutMs: 5000, allowPrivateNetworks: true },
      {
        clock,
        logger,
      },
    );
    expect(result.isDelivered).toBe(false);
    expect(result.attempts).toBe(3);
    expect(result.error).toMatch(/HTTP 503/);
    expect(clock.requestedDelays).toEqual([50, 100]);
  });

  it('counts an endpoint that never answers as failed after the timeout', async () => {
    const server = createServer(() => {
      // Never answers: the delivery must give up on its own.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const result = await deliverWebhook(
      url,
      {},
      { attempts: 1, backoffMs: 0, timeoutMs: 200, allowPrivateNetworks: true },
      {
        clock: new ManualClock(0),
        logger,
      },
    );
    expect(result).toEqual({ isDelivered: false, attempts: 1, error: expect.stringMatching(/no answer in 200 ms/) });
  });

  it('gives up at once when the inventory stops, even while the endpoint hangs', async () => {
    const server = createServer(() => {
      // Never answers: only the stop can end the delivery.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    const stopping = new AbortController();
    server.once('request', () => stopping.abort());
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const result = await deliverWebhook(
      url,
      {},
      { attempts: 5, backoffMs: 60_000, timeoutMs: 600_000, allowPrivateNetworks: true },
      {
        clock: new ManualClock(0),
        logger,
        signal: stopping.signal,
      },
    );
    expect(result).toEqual({ isDelivered: false, attempts: 1, error: expect.stringMatching(/stopped/) });
  });

  it('never logs the URL path or query, which may hold a token', async () => {
    const receiver = await startWebhookReceiver({ failFirst: 1 });
    stops.push(receiver.stop);
    const lines: string[] = [];
    const captured = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
    await deliverWebhook(
      `${receiver.url}/hooks/secret-path?token=hook-token-value`,
      {},
      {
        attempts: 2,
        backoffMs: 0,
        timeoutMs: 5000,
        allowPrivateNetworks: true,
      },
      { clock: new ManualClock(0), logger: captured },
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain('hook-token-value');
    expect(lines.join('\n')).not.toContain('secret-path');
  });
});

/** A resolver that answers from a table and records what it was asked; no DNS query leaves the test. */
function tableResolver(table: Record<string, string[][]>) {
  const asked: string[] = [];
  const answers = new Map(Object.entries(table));
  const resolve = (hostname: string) => {
    asked.push(hostname);
    const next = answers.get(hostname)?.shift();
    if (!next) return Promise.reject(Object.assign(new Error(`unknown host ${hostname}`), { code: 'ENOTFOUND' }));
    return Promise.resolve(next.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  };
  return { resolve, asked };
}

describe('deliverWebhook to internal addresses', () => {
  const allowPrivate = { attempts: 3, backoffMs: 0, timeoutMs: 5000, allowPrivateNetworks: true };

  it('connects to the address the resolver checked for a host name', async () => {
    const receiver = await startWebhookReceiver();
    stops.push(receiver.stop);
    const { resolve, asked } = tableResolver({ 'hooks.example.test': [['127.0.0.1']] });
    const result = await deliverWebhook(`http://hooks.example.test:${receiver.port}/hook`, { n: 1 }, allowPrivate, {
      clock: new ManualClock(0),
      logger,
      resolve,
    });
    expect(result).toEqual({ isDelivered: true, attempts: 1 });
    expect(asked).toEqual(['hooks.example.test']);
    expect(receiver.received).toEqual([{ path: '/hook', host: `hooks.example.test:${receiver.port}`, body: { n: 1 } }]);
  });

  it('refuses a name that resolves to a link-local address, without retrying, whatever the settings', async () => {
    const { resolve } = tableResolver({ 'metadata.google.internal': [['169.254.169.254']] });
    const result = await deliverWebhook('http://metadata.google.internal/computeMetadata/v1/', {}, allowPrivate, {
      clock: new ManualClock(0),
      logger,
      resolve,
    });
    expect(result).toEqual({
      isDelivered: false,
      attempts: 1,
      error: expect.stringMatching(/refused: it resolves to 169\.254\.169\.254 is link-local.*never allowed/),
    });
  });

  it('sends nothing when any address of the name is refused, even beside a usable one', async () => {
    const receiver = await startWebhookReceiver();
    stops.push(receiver.stop);
    const { resolve } = tableResolver({ 'mixed.example.test': [['127.0.0.1', '::ffff:169.254.169.254']] });
    const result = await deliverWebhook(`http://mixed.example.test:${receiver.port}/`, {}, allowPrivate, {
      clock: new ManualClock(0),
      logger,
      resolve,
    });
    expect(result.isDelivered).toBe(false);
    expect(result.error).toMatch(/IPv4-mapped 169\.254\.169\.254, link-local/);
    expect(receiver.calls).toBe(0);
  });

  it('checks the answer again on every attempt, so a name rebound to the metadata address is refused', async () => {
    const receiver = await startWebhookReceiver({ failFirst: 1 });
    stops.push(receiver.stop);
    const { resolve, asked } = tableResolver({ 'rebind.example.test': [['127.0.0.1'], ['169.254.169.254']] });
    const result = await deliverWebhook(`http://rebind.example.test:${receiver.port}/`, {}, allowPrivate, {
      clock: new ManualClock(0),
      logger,
      resolve,
    });
    expect(result).toEqual({ isDelivered: false, attempts: 2, error: expect.stringMatching(/169\.254\.169\.254/) });
    expect(asked).toHaveLength(2);
    expect(receiver.calls).toBe(1);
  });

  it('refuses loopback, by address or by name, unless private networks are allowed', async () => {
    const receiver = await startWebhookReceiver();
    stops.push(receiver.stop);
    const { resolve } = tableResolver({ 'hooks.example.test': [['127.0.0.1']] });
    const settings = { ...allowPrivate, allowPrivateNetworks: false };
    const deps = { clock: new ManualClock(0), logger, resolve };
    const byAddress = await deliverWebhook(receiver.url, {}, settings, deps);
    const byName = await deliverWebhook(`http://hooks.example.test:${receiver.port}/`, {}, settings, deps);
    expect(byAddress.error).toMatch(/127\.0\.0\.1 is loopback: allowed only with react\.webhook\.allowPrivateNetworks/);
    expect(byName.error).toMatch(/resolves to 127\.0\.0\.1 is loopback/);
    expect(receiver.calls).toBe(0);
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://2852039166/',
    'http://0xA9FEA9FE/',
    'http://0251.0376.0251.0376/',
    'http://[::ffff:169.254.169.254]/',
    'http://[fd00:ec2::254]/',
    'http://100.100.100.200/',
    'http://[fe80::1]/',
    'http://0.0.0.0/',
    'http://[::]/',
  ])('refuses %s before connecting, whatever the settings', async (url) => {
    const { resolve, asked } = tableResolver({});
    const result = await deliverWebhook(url, {}, allowPrivate, { clock: new ManualClock(0), logger, resolve });
    expect(result).toEqual({
      isDelivered: false,
      attempts: 1,
      error: expect.stringMatching(/refused: .*never allowed/),
    });
    expect(asked).toEqual([]);
  });

  it('does not follow a redirect', async () => {
    const paths: string[] = [];
    const server = createServer((request, response) => {
      paths.push(request.url ?? '');
      request.resume();
      if (request.url === '/hook') response.writeHead(307, { location: '/elsewhere' }).end();
      else response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const result = await deliverWebhook(
      url,
      {},
      { ...allowPrivate, attempts: 1 },
      { clock: new ManualClock(0), logger },
    );
    expect(result).toEqual({
      isDelivered: false,
      attempts: 1,
      error: expect.stringMatching(/HTTP 307 \(redirects are not followed\)/),
    });
    expect(paths).toEqual(['/hook']);
  });
});
