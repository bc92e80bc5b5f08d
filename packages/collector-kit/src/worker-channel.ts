import type { MessagePort } from 'node:worker_threads';
import { fromPortable, isFresh, type AwsCredentials } from './aws-credentials.js';
import type { AwsCallCounts } from './aws-call-tally.js';
import type { KindRun, KindOutcome, MainMessage, WorkerMessage } from './kind-run.js';
import type { EncodedBatch } from './batch-encoding.js';
import { CancelledError, UnavailableError } from '@cloud-inventory/protocol';

/**
 * The worker's end of a kind's MessagePort: posts batches only while it holds credits (the main thread grants one
 * per batch written to the gRPC stream), asks the main thread for fresh credentials, and hears aborts.
 */
export class WorkerChannel {
  readonly signal: AbortSignal;
  private credits: number;
  private creditWaiter: (() => void) | undefined;
  private credentials: AwsCredentials;
  private credentialsWaiters: { resolve: (value: AwsCredentials) => void; reject: (error: Error) => void }[] = [];
  private readonly controller = new AbortController();

  constructor(
    private readonly port: MessagePort,
    private readonly run: KindRun,
  ) {
    this.signal = this.controller.signal;
    this.credits = run.initialCredits;
    this.credentials = fromPortable(run.credentials);
    port.on('message', (message: MainMessage) => this.receive(message));
  }

  private receive(message: MainMessage): void {
    if (message.t === 'credit') {
      this.credits += 1;
      const waiter = this.creditWaiter;
      this.creditWaiter = undefined;
      waiter?.();
    } else if (message.t === 'credentials') {
      this.credentials = fromPortable(message.credentials);
      for (const waiter of this.credentialsWaiters.splice(0)) waiter.resolve(this.credentials);
    } else if (message.t === 'credentials-error') {
      for (const waiter of this.credentialsWaiters.splice(0)) waiter.reject(new UnavailableError(message.message));
    } else {
      this.controller.abort(new CancelledError('collection aborted'));
      const waiter = this.creditWaiter;
      this.creditWaiter = undefined;
      waiter?.();
    }
  }

  /** The provider handed to SDK clients: held credentials, renewed through the main thread's cache near expiry. */
  readonly credentialProvider = (): Promise<AwsCredentials> => {
    if (isFresh(this.credentials, this.run.credentialsMarginMs)) return Promise.resolve(this.credentials);
    return new Promise((resolve, reject) => {
      if (this.credentialsWaiters.push({ resolve, reject }) === 1) this.post({ t: 'credentials-request' });
    });
  };

  async sendBatch(batch: EncodedBatch): Promise<void> {
    while (this.credits === 0 && !this.signal.aborted) {
      await new Promise<void>((resolve) => (this.creditWaiter = resolve));
    }
    this.signal.throwIfAborted();
    this.credits -= 1;
    this.port.postMessage({ t: 'batch', batch } satisfies WorkerMessage, [batch.encoded.buffer as ArrayBuffer]);
  }

  /** The AWS calls counted since the last report, for the collector's metrics. */
  awsCalls(counts: AwsCallCounts): void {
    this.post({ t: 'aws-calls', counts });
  }

  log(line: string): void {
    this.post({ t: 'log', line });
  }

  finish(outcome: KindOutcome): void {
    this.post({ t: 'done', outcome });
    this.port.close();
  }

  private post(message: WorkerMessage): void {
    this.port.postMessage(message);
  }
}
