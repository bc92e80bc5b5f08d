import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Logger } from 'pino';
import type { Clock } from '../../schedule/sync-scheduler.js';
import type { WebhookSettings } from '../config/react-config.js';
import { WebhookDeliveryError, WebhookTargetRefusedError } from '../react-errors.js';
import { assertWebhookUrlAllowed, checkedLookup, systemResolver, type ResolveHost } from './webhook-target.js';

export interface DeliveryResult {
  isDelivered: boolean;
  attempts: number;
  error?: string;
}

export interface DeliveryDeps {
  clock: Clock;
  logger: Logger;
  signal?: AbortSignal;
  /** How host names are resolved (default dns.lookup); every address it gives is checked before connecting. */
  resolve?: ResolveHost;
}

/**
 * POSTs a JSON body, retrying a failure (network error, timeout, non-2xx) with exponential backoff on the
 * injected clock. Resolves with the outcome rather than throwing: a webhook failure is reported, never fatal.
 * A refused target (an internal address, see webhook-target.ts) ends the delivery at once, with nothing sent.
 * Only the host is logged: a URL can carry a token.
 */
export async function deliverWebhook(
  url: string,
  body: unknown,
  settings: WebhookSettings,
  deps: DeliveryDeps,
): Promise<DeliveryResult> {
  const target = new URL(url);
  const host = target.host;
  const payload = JSON.stringify(body);
  const resolve = deps.resolve ?? systemResolver;
  let lastError = '';
  for (let attempt = 1; attempt <= settings.attempts; attempt++) {
    if (deps.signal?.aborted) return { isDelivered: false, attempts: attempt - 1, error: 'stopped before delivery' };
    try {
      await post(target, payload, settings, resolve, deps.signal);
      deps.logger.info({ host, attempt }, 'webhook delivered');
      return { isDelivered: true, attempts: attempt };
    } catch (error) {
      // Records the typed outcome of this attempt; the loop retries or reports the last one.
      lastError = error instanceof Error ? error.message : 'unknown error';
      if (error instanceof WebhookTargetRefusedError) {
        deps.logger.warn({ host, attempt, reason: error.problem }, 'webhook refused');
        return { isDelivered: false, attempts: attempt, error: lastError };
      }
      const isLast = attempt === settings.attempts;
      deps.logger.warn({ host, attempt, reason: lastError, willRetry: !isLast }, 'webhook delivery failed');
      if (!isLast) await sleep(deps.clock, settings.backoffMs * 2 ** (attempt - 1), deps.signal);
    }
  }
  return { isDelivered: false, attempts: settings.attempts, error: lastError };
}

/**
 * One POST on a socket of its own whose lookup checks every address it connects to. Redirects are not followed:
 * a 3xx is a failure, so a webhook cannot bounce the request to an address that was never checked.
 */
function post(
  target: URL,
  payload: string,
  settings: WebhookSettings,
  resolve: ResolveHost,
  stopSignal: AbortSignal | undefined,
): Promise<void> {
  // A literal address never reaches the lookup (the socket connects to it directly), so it is checked here.
  assertWebhookUrlAllowed(target, settings);
  const host = target.host;
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const signal = stopSignal ? AbortSignal.any([timeout, stopSignal]) : timeout;
  const send: typeof httpRequest = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<void>((resolved, rejected) => {
    const request = send(
      target,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'user-agent': 'cloud-inventory-react',
        },
        // A fresh agent: no pooled socket from an earlier check, and no proxy (which would resolve the name itself).
        agent: false,
        lookup: checkedLookup(resolve, settings),
        signal,
      },
      (response) => {
        // The body is not needed; draining it frees the socket. A body that breaks off does not change the status.
        response.on('error', () => undefined);
        response.resume();
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) resolved();
        else if (status >= 300 && status < 400) {
          rejected(new WebhookDeliveryError(host, status, `HTTP ${status} (redirects are not followed)`));
        } else rejected(new WebhookDeliveryError(host, status, `HTTP ${status}`));
      },
    );
    request.on('error', (error) => {
      if (error instanceof WebhookTargetRefusedError) {
        rejected(error);
        return;
      }
      const reason = stopSignal?.aborted
        ? 'stopped'
        : timeout.aborted
          ? `no answer in ${settings.timeoutMs} ms`
          : 'unreachable';
      rejected(new WebhookDeliveryError(host, undefined, reason, { cause: error }));
    });
    request.end(payload);
  });
}

/** Waits on the injected clock; a stop ends the wait at once. */
function sleep(clock: Clock, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = clock.setTimer(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      timer.cancel();
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
