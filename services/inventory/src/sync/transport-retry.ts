import { status } from '@grpc/grpc-js';

/** Failures of the transport rather than of the work: worth running the task again. */
export function isTransportFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === status.UNAVAILABLE || code === status.DEADLINE_EXCEEDED;
}

/**
 * grpc-js nests its connection failure once per subchannel attempt and ends with a resolution note, often empty:
 * "round_robin: No connection established. Last error: No connection established. Last error: Error: connect
 * ECONNREFUSED 127.0.0.1:1. Resolution note: ". The last error says it all: "no connection (connect ECONNREFUSED
 * 127.0.0.1:1)".
 */
function compactDetails(details: string): string {
  const note = /Resolution note:\s*(.*)$/s.exec(details)?.[1]?.trim() ?? '';
  const errors = details.replace(/\.?\s*Resolution note:.*$/s, '').split('Last error: ');
  if (errors.length < 2) return details.trim();
  const last = (errors[errors.length - 1] ?? '').replace(/^Error: /, '').trim();
  return `no connection (${last})${note ? `; ${note}` : ''}`;
}

/** A short, stable description of a gRPC failure for job records: status name and details, nothing else. */
export function describeGrpcFailure(error: unknown): string {
  const { code, details } = (error ?? {}) as { code?: unknown; details?: unknown };
  if (typeof code === 'number' && status[code] !== undefined) {
    return `${status[code]}: ${typeof details === 'string' ? compactDetails(details) : ''}`.trim();
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `attempt`, again after a doubling backoff while it fails for transport reasons, at most `retries` more times. */
export async function withTransportRetries<T>(
  retries: number,
  backoffMs: number,
  signal: AbortSignal,
  attempt: (attemptNumber: number) => Promise<T>,
  onRetry: (error: unknown, attemptNumber: number) => void,
): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      if (signal.aborted || !isTransportFailure(error) || attemptNumber > retries) throw error;
      onRetry(error, attemptNumber);
      await sleep(backoffMs * 2 ** (attemptNumber - 1), signal);
    }
  }
}
