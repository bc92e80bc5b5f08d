import type { AwsCallCounts } from './aws-call-tally.js';
import type { RetrySettings } from './aws-client-factory.js';
import type { PortableCredentials } from './aws-credentials.js';
import type { ScopeFailureCode } from './classify-aws-failure.js';
import type { EncodedBatch } from './batch-encoding.js';

/** Everything a worker needs to collect one kind; plain data, so it crosses to a piscina worker. */
export interface KindRun {
  /** URL of the module exporting the registry, imported by the worker. */
  registryModule: string;
  registryExport: string;
  kind: string;
  account: string;
  /** The task's region ("global" for a global service). */
  region: string;
  /** The region the kind's clients are built for. */
  clientRegion: string;
  partition: string;
  endpoint?: string | undefined;
  credentials: PortableCredentials;
  retry: RetrySettings;
  batchSize: number;
  /** Batches the worker may post before it waits for a credit (flow control). */
  initialCredits: number;
  logLevel: string;
  /** Renew credentials from the main thread when they expire sooner than this. */
  credentialsMarginMs: number;
}

export interface KindOutcome {
  state: 'SUCCESS' | 'FAILURE';
  count: number;
  errorCode?: ScopeFailureCode;
  errorMessage?: string;
  /** Set when the service is not offered in the region: an empty scope that still counts as complete. */
  emptyReason?: string;
}

export type WorkerMessage =
  | { t: 'batch'; batch: EncodedBatch }
  | { t: 'log'; line: string }
  | { t: 'credentials-request' }
  | { t: 'aws-calls'; counts: AwsCallCounts }
  | { t: 'done'; outcome: KindOutcome };

export type MainMessage =
  | { t: 'credit' }
  | { t: 'credentials'; credentials: PortableCredentials }
  | { t: 'credentials-error'; message: string }
  | { t: 'abort' };
