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
      { attempts: 3, backoffMs: 100, timeoutMs: 5000 },
      { clock: new ManualClock(0), logger },
    );
    expect(result).toEqual({ isDelivered: true, attempts: 1 });
    expect(receiver.received).toEqual([{ path: '/hook', body: { job: 'j', resources: [{ uid: 'u1' }] } }]);
  });

  it('retries a failing endpoint with exponential backoff on the injected clock until it answers', async () => {
    const receiver = await startWebhookReceiver({ failFirst: 2 });
    stops.push(receiver.stop);
    const clock = new ImmediateClock(0);
    const result = await deliverWebhook(
      receiver.url,
      { n: 1 },
      { attempts: 4, backoffMs: 100, timeoutMs: 5000 },
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
      { attempts: 3, backoffMs: 50, timeoutMs: 5000 },
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
      { attempts: 1, backoffMs: 0, timeoutMs: 200 },
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
      { attempts: 5, backoffMs: 60_000, timeoutMs: 600_000 },
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
      },
      { clock: new ManualClock(0), logger: captured },
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain('hook-token-value');
    expect(lines.join('\n')).not.toContain('secret-path');
  });
});
