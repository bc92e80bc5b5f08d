import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { levels, type Logger } from 'pino';
import { InvalidArgumentError } from '@cloud-inventory/protocol';
import type { AwsCallCounts } from './aws-call-tally.js';
import type { PortableCredentials } from './aws-credentials.js';
import { collectKind } from './collect-kind.js';
import type { DnsLookup } from './dns-lookup.js';
import type { KindRun, KindOutcome, MainMessage, WorkerMessage } from './kind-run.js';
import type { CollectorRegistry } from './registry.js';
import type { EncodedBatch } from './batch-encoding.js';
import { PoolDemand } from './pool-demand.js';

export interface KindExecutorOptions {
  /** Worker threads; 0 runs every kind inline on the main thread (same code path, no pool). */
  poolSize?: number;
  /**
   * Items the kinds may collect on the main thread, since the executor was last idle, before kinds go to the worker
   * threads, which start then (default 0: every kind runs in a worker; threads start with the first kind).
   */
  inlineItems?: number;
  /** Kinds a worker interleaves (default 16): they mostly wait on AWS, so one thread serves many. */
  kindsPerWorker?: number;
  /** Each worker's old-generation heap cap in MiB (default 192): pages stream through, so a worker holds little. */
  workerHeapMb?: number;
  registry: CollectorRegistry;
  registryModule: string;
  registryExport: string;
  /** Resolves AWS host names for the kinds (default: the system's). A function cannot cross to a worker thread. */
  lookup?: DnsLookup | undefined;
}

export interface KindRunHooks {
  /** Writes a batch downstream; the worker gets the next credit only when this resolves (backpressure). */
  onBatch(batch: EncodedBatch): Promise<void>;
  renewCredentials(): Promise<PortableCredentials>;
  /** The AWS calls the kind made since its last report (metrics). */
  onAwsCalls?(counts: AwsCallCounts): void;
  log: Logger;
  signal: AbortSignal;
}

// When this file runs from TypeScript source (tests, tsx), the worker must load TypeScript too.
const runningFromSource = import.meta.url.endsWith('.ts');

/** Runs kinds in a piscina worker pool (or inline) and relays their batches, logs and credential renewals. */
export class KindExecutor {
  private readonly size: number;
  private readonly demand: PoolDemand;
  private pool: Piscina | undefined;

  constructor(private readonly options: KindExecutorOptions) {
    this.size = options.poolSize ?? availableParallelism();
    if (options.lookup && this.size > 0) {
      throw new InvalidArgumentError('lookup', 'needs poolSize 0: a lookup function cannot reach worker threads');
    }
    this.demand = new PoolDemand(options.inlineItems ?? 0);
  }

  /** The pool, started when the first kind needs it. */
  private startedPool(): Piscina {
    this.pool ??= new Piscina({
      filename: new URL(runningFromSource ? './kind-worker-source.mjs' : './kind-worker.js', import.meta.url).href,
      // Every worker at once: a kind should not wait for a thread to boot mid-collection.
      minThreads: this.size,
      maxThreads: this.size,
      concurrentTasksPerWorker: this.options.kindsPerWorker ?? 16,
      idleTimeout: 30_000,
      // Without caps V8 lets each worker's heap grow with the run's allocation rate, so memory grew with account
      // size; capped, collection uses the same memory for 10k or 100k resources. A worker out of memory fails its
      // kinds (reported, nothing cleaned up), never the collector. The young generation keeps V8's default size:
      // a smaller one cost ~20% of the throughput in scavenges (npm run bench:collector) for no memory saved.
      resourceLimits: { maxOldGenerationSizeMb: this.options.workerHeapMb ?? 192, maxYoungGenerationSizeMb: 48 },
      workerData: { registryModule: this.options.registryModule, registryExport: this.options.registryExport },
      execArgv: runningFromSource ? ['--conditions=@cloud-inventory/source'] : [],
    });
    return this.pool;
  }

  get threads(): number {
    return this.pool?.threads.length ?? 0;
  }

  run(request: Omit<KindRun, 'registryModule' | 'registryExport'>, hooks: KindRunHooks): Promise<KindOutcome> {
    const kindRun: KindRun = {
      ...request,
      registryModule: this.options.registryModule,
      registryExport: this.options.registryExport,
    };
    const { port1, port2 } = new MessageChannel();
    return new Promise<KindOutcome>((resolve) => {
      let settled = false;
      let chain = Promise.resolve();
      const post = (message: MainMessage) => {
        if (!settled) port1.postMessage(message);
      };
      const settle = (outcome: KindOutcome) => {
        if (settled) return;
        settled = true;
        this.demand.finish();
        hooks.signal.removeEventListener('abort', onAbort);
        port1.close();
        resolve(outcome);
      };
      const onAbort = () => post({ t: 'abort' });
      hooks.signal.addEventListener('abort', onAbort, { once: true });

      const handle = async (message: WorkerMessage): Promise<void> => {
        switch (message.t) {
          case 'batch':
            this.demand.collected(message.batch.count);
            await hooks.onBatch(message.batch);
            post({ t: 'credit' });
            return;
          case 'log':
            relogWorkerLine(hooks.log, message.line);
            return;
          case 'aws-calls':
            hooks.onAwsCalls?.(message.counts);
            return;
          case 'credentials-request':
            hooks.renewCredentials().then(
              (credentials) => post({ t: 'credentials', credentials }),
              (error: unknown) =>
                post({ t: 'credentials-error', message: error instanceof Error ? error.message : 'renewal failed' }),
            );
            return;
          case 'done':
            settle(message.outcome);
        }
      };
      port1.on('message', (message: WorkerMessage) => {
        chain = chain
          .then(() => handle(message))
          .catch((error: unknown) => {
            // The stream downstream failed (client gone): stop the worker and record the scope as not collected.
            post({ t: 'abort' });
            settle({ state: 'FAILURE', count: 0, errorCode: 'Cancelled', errorMessage: describe(error) });
          });
      });

      const inPool = this.demand.start() && this.size > 0;
      const running = inPool
        ? (this.startedPool().run({ run: kindRun, port: port2 }, { transferList: [port2] }) as Promise<KindOutcome>)
        : collectKind(kindRun, port2, this.options.registry, this.options.lookup);
      running.catch((error: unknown) => {
        hooks.log.error({ err: error, kind: request.kind }, 'kind worker failed');
        void chain.then(() =>
          settle({ state: 'FAILURE', count: 0, errorCode: 'Error', errorMessage: `worker failed: ${describe(error)}` }),
        );
      });
    });
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}

/** Errors from a worker are clones from another realm: read their fields rather than trusting instanceof. */
function describe(error: unknown): string {
  const { name, message } = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    message?: unknown;
  };
  return typeof message === 'string' ? `${typeof name === 'string' ? name : 'Error'}: ${message}` : 'unknown error';
}

/** A worker's pino line, logged again through the task logger (its bindings and redaction apply). */
function relogWorkerLine(log: Logger, line: string): void {
  const { level, msg, ...fields } = JSON.parse(line) as { level: number; msg?: string } & Record<string, unknown>;
  const label = levels.labels[level] ?? 'info';
  const write = (log as unknown as Record<string, (fields: object, message?: string) => void>)[label];
  write?.call(log, fields, msg);
}
