import type { Logger } from 'pino';
import type { Clock } from '../../schedule/sync-scheduler.js';
import type { WebhookSettings } from '../config/react-config.js';
import { WebhookDeliveryError } from '../react-errors.js';

export interface DeliveryResult {
  isDelivered: boolean;
  attempts: number;
  error?: string;
}

/**
 * POSTs a JSON body, retrying a failure (network error, timeout, non-2xx) with exponential backoff on the
 * injected clock. Resolves with the outcome rather than throwing: a webhook failure is reported, never fatal.
 * Only the host is logged: a URL can carry a token.
 */
export async function deliverWebhook(
  url: string,
  body: unknown,
  settings: WebhookSettings,
  deps: { clock: Clock; logger: Logger; signal?: AbortSignal },
): Promise<DeliveryResult> {
  const host = new URL(url).host;
  const payload = JSON.stringify(body);
  let lastError = '';
  for (let attempt = 1; attempt <= settings.attempts; attempt++) {
    if (deps.signal?.aborted) return { isDelivered: false, attempts: attempt - 1, error: 'stopped before delivery' };
    try {
      await post(url, host, payload, settings.timeoutMs, deps.signal);
      deps.logger.info({ host, attempt }, 'webhook delivered');
      return { isDelivered: true, attempts: attempt };
    } catch (error) {
      // Records the typed outcome of this attempt; the loop retries or reports the last one.
      lastError = error instanceof Error ? error.message : 'unknown error';
      const isLast = attempt === settings.attempts;
      deps.logger.warn({ host, attempt, reason: lastError, willRetry: !isLast }, 'webhook delivery failed');
      if (!isLast) await sleep(deps.clock, settings.backoffMs * 2 ** (attempt - 1), deps.signal);
    }
  }
  return { isDelivered: false, attempts: settings.attempts, error: lastError };
}

async function post(
  url: string,
  host: string,
  payload: string,
  timeoutMs: number,
  stopSignal: AbortSignal | undefined,
): Promise<void> {
  let response: Response;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = stopSignal ? AbortSignal.any([timeout, stopSignal]) : timeout;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'cloud-inventory-react' },
      body: payload,
      signal,
    });
  } catch (error) {
    const reason = stopSignal?.aborted ? 'stopped' : timeout.aborted ? `no answer in ${timeoutMs} ms` : 'unreachable';
    throw new WebhookDeliveryError(host, undefined, reason, { cause: error });
  }
  // The body is not needed; reading it frees the connection. A body that breaks off does not change the status.
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new WebhookDeliveryError(host, response.status, `HTTP ${response.status}`);
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
