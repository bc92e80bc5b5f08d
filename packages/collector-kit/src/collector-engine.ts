import type {
  AwsSecret__Output,
  CollectOptions__Output,
  CollectRequest__Output,
  GetTasksResponse,
  InitResponse,
  VerifyResponse,
} from '@cloud-inventory/protocol';
import type { Logger } from 'pino';
import { AwsCallTally } from './aws-call-tally.js';
import { AwsClientFactory, defaultRetrySettings, type RetrySettings } from './aws-client-factory.js';
import { collectCloudServiceTypes, collectKindsOfTask, type Emit, type TaskAccount } from './collect-task-kinds.js';
import { CollectorMetrics } from './collector-metrics.js';
import { CredentialCache, credentialError, type AccountCredentials, type AccountSecret } from './credential-cache.js';
import type { DnsLookup } from './dns-lookup.js';
import { EndpointPolicy } from './endpoint-policy.js';
import { KeyedLimiter } from './keyed-limiter.js';
import { KindExecutor } from './kind-executor.js';
import { optionsSchemaJson } from './options-schema.js';
import { homeRegionOf, partitionOfAccount, partitionOfRegion } from './partition.js';
import { planTasks } from './plan-tasks.js';
import type { CollectorRegistry } from './registry.js';
import {
  validateOptions,
  validateSecret,
  validateTask,
  type ValidOptions,
  type ValidTask,
} from './request-validation.js';

export interface CollectorEngineOptions {
  registry: CollectorRegistry;
  /** URL of the module exporting the registry, for the workers (usually `new URL('./registry.js', import.meta.url)`). */
  registryModule: string;
  registryExport?: string;
  logger: Logger;
  /** Worker threads (default: one per core); 0 runs kinds inline. */
  poolSize?: number;
  /** Items collected on the main thread before the worker threads start (default 0); see KindExecutorOptions. */
  inlineItems?: number;
  kindsPerWorker?: number;
  /** Each worker's heap cap in MiB (default 192). */
  workerHeapMb?: number;
  /** Concurrent kinds per account x region x service. */
  concurrencyPerScope?: number;
  /** Resources per streamed message. */
  batchSize?: number;
  /** Batches a worker may have in flight before the gRPC stream drains. */
  initialCredits?: number;
  retry?: RetrySettings;
  credentialRefreshMarginMs?: number;
  roleDurationSeconds?: number;
  /** The endpoints a request's endpoint_url may name (none by default); see EndpointPolicy. */
  endpoints?: EndpointPolicy;
  /**
   * Resolves every AWS host name (default: the system's resolver), and the check that a name which does not resolve
   * means "not offered in this region". Tests inject DNS failures here; needs poolSize 0.
   */
  lookup?: DnsLookup;
  env?: NodeJS.ProcessEnv;
  /** Where tasks, AWS calls and resources are counted (default: a registry of the engine's own). */
  metrics?: CollectorMetrics;
}

/** The collector's four operations, transport-free: the gRPC handlers only validate framing and stream. */
export class CollectorEngine {
  private readonly registry: CollectorRegistry;
  private readonly credentials: CredentialCache;
  private readonly executor: KindExecutor;
  private readonly limiter: KeyedLimiter;
  private readonly retry: RetrySettings;
  private readonly env: NodeJS.ProcessEnv;
  private readonly endpoints: EndpointPolicy;
  /** Where STS is asked who an account is, before its partition is known: AWS_REGION, else commercial AWS's home. */
  private readonly stsRegion: string;
  readonly metrics: CollectorMetrics;

  constructor(private readonly options: CollectorEngineOptions) {
    this.registry = options.registry;
    this.retry = options.retry ?? defaultRetrySettings;
    this.env = options.env ?? process.env;
    this.metrics = options.metrics ?? new CollectorMetrics();
    this.endpoints = options.endpoints ?? new EndpointPolicy({ env: this.env });
    this.stsRegion = this.env.AWS_REGION || homeRegionOf('aws');
    this.credentials = new CredentialCache({
      stsRegion: this.stsRegion,
      retry: this.retry,
      refreshMarginMs: options.credentialRefreshMarginMs,
      roleDurationSeconds: options.roleDurationSeconds,
      lookup: options.lookup,
    });
    this.executor = new KindExecutor({
      registry: options.registry,
      registryModule: options.registryModule,
      registryExport: options.registryExport ?? 'registry',
      poolSize: options.poolSize,
      inlineItems: options.inlineItems,
      kindsPerWorker: options.kindsPerWorker,
      workerHeapMb: options.workerHeapMb,
      lookup: options.lookup,
    });
    this.limiter = new KeyedLimiter(options.concurrencyPerScope ?? 8);
  }

  /** Worker threads running now (0 until a kind needs the pool). */
  get workerThreads(): number {
    return this.executor.threads;
  }

  init(): InitResponse {
    return {
      provider: this.registry.provider,
      version: this.registry.version,
      services: this.registry.services().map((summary) => ({
        service: summary.service,
        is_global: summary.isGlobal,
        kinds: summary.kinds,
      })),
      options_schema_json: optionsSchemaJson(this.registry),
    };
  }

  /** Really checks the credentials: STS GetCallerIdentity, then the enabled regions. */
  async verify(
    rawOptions: CollectOptions__Output | null,
    rawSecret: AwsSecret__Output | null,
    log: Logger,
  ): Promise<VerifyResponse> {
    const account = this.accountFor(validateOptions(rawOptions, this.registry), validateSecret(rawSecret), log);
    const identity = await account.credentials.identity();
    const regions = await account.enabledRegions();
    return { account_id: identity.account, caller_arn: identity.arn, enabled_regions: regions };
  }

  async getTasks(
    rawOptions: CollectOptions__Output | null,
    rawSecret: AwsSecret__Output | null,
    log: Logger,
  ): Promise<GetTasksResponse> {
    const options = validateOptions(rawOptions, this.registry);
    const account = this.accountFor(options, validateSecret(rawSecret), log);
    const identity = await account.credentials.identity();
    const regions = await account.enabledRegions();
    const tasks = planTasks(this.registry, regions, options);
    log.info({ account: identity.account, tasks: tasks.length, regions: regions.length }, 'tasks planned');
    return { account_id: identity.account, tasks, regions };
  }

  /** Validates the whole request before anything streams, then runs the task; counted in the metrics. */
  async collect(request: CollectRequest__Output, emit: Emit, log: Logger, signal: AbortSignal): Promise<void> {
    const finished = this.metrics.taskStarted();
    // A request that fails validation has no type worth a label of its own.
    let type = 'INVALID';
    try {
      const task = validateTask(request.task, this.registry);
      type = task.type;
      const allCollected = await this.collectValid(task, request, emit, log, signal);
      finished(type, signal.aborted ? 'CANCELLED' : allCollected ? 'SUCCESS' : 'FAILURE');
    } catch (error) {
      // Counted, then rethrown: the gRPC edge maps it to a status.
      finished(type, signal.aborted ? 'CANCELLED' : 'ERROR');
      throw error;
    }
  }

  /** True when every kind of the task collected (a failed kind still ends the call normally, with its scope result). */
  private async collectValid(
    task: ValidTask,
    request: CollectRequest__Output,
    emit: Emit,
    log: Logger,
    signal: AbortSignal,
  ): Promise<boolean> {
    const options = validateOptions(request.options, this.registry);
    const secret = validateSecret(request.secret);
    const account = this.accountFor(options, secret, log);
    if (task.type === 'CLOUD_SERVICE_TYPE') {
      await collectCloudServiceTypes(this.registry, emit);
      return true;
    }
    const identity = await account.credentials.identity();
    const accountId = identity.account;
    const taskLog = log.child({
      taskId: task.taskId,
      account: accountId,
      region: task.region,
      service: task.service || 'region',
    });
    const started = performance.now();
    taskLog.info({ type: task.type, kinds: task.kinds.length }, 'task started');
    const outcomes = await collectKindsOfTask(
      task,
      { ...account, id: accountId, partition: partitionOfAccount(identity.arn, this.stsRegion) },
      {
        registry: this.registry,
        executor: this.executor,
        limiter: this.limiter,
        emit,
        log: taskLog,
        signal,
        metrics: this.metrics,
        settings: {
          batchSize: this.options.batchSize ?? 500,
          initialCredits: this.options.initialCredits ?? 2,
          retry: this.retry,
          logLevel: taskLog.level,
          credentialsMarginMs: 60_000,
        },
      },
    );
    taskLog.info({ ms: Math.round(performance.now() - started) }, 'task finished');
    return outcomes.every((outcome) => outcome.state === 'SUCCESS');
  }

  private accountFor(options: ValidOptions, secret: AccountSecret, log: Logger): Omit<TaskAccount, 'id' | 'partition'> {
    // Before any credential is resolved or any request leaves: a refused endpoint receives nothing.
    const endpoint = this.endpoints.endpointFor(options.endpointUrl, secret);
    const credentials = this.credentials.forAccount(secret, endpoint);
    return { credentials, endpoint, enabledRegions: () => this.enabledRegions(credentials, endpoint, log) };
  }

  private async enabledRegions(
    credentials: AccountCredentials,
    endpoint: string | undefined,
    log: Logger,
  ): Promise<string[]> {
    const { account, arn } = await credentials.identity();
    const partition = partitionOfAccount(arn, this.stsRegion);
    const region = this.regionForAccountCalls(partition);
    const tally = new AwsCallTally();
    const clients = new AwsClientFactory({
      region,
      credentials: credentials.provider,
      endpoint,
      retry: this.retry,
      lookup: this.options.lookup,
      tally,
    });
    try {
      const regions = await this.registry.listEnabledRegions({
        account,
        region,
        partition,
        log,
        signal: AbortSignal.timeout(60_000),
        client: (clientClass, inRegion) => clients.client(clientClass, inRegion),
      });
      return regions.sort();
    } catch (error) {
      throw credentialError('DescribeRegions', error);
    } finally {
      clients.destroy();
      const counts = tally.take();
      if (counts) this.metrics.awsCallsMade(counts);
    }
  }

  /** AWS_REGION when it lies in the account's partition, else the partition's home region. */
  private regionForAccountCalls(partition: string): string {
    const configured = this.env.AWS_REGION;
    return configured && partitionOfRegion(configured) === partition ? configured : homeRegionOf(partition);
  }

  async close(): Promise<void> {
    await this.executor.close();
    this.credentials.dispose();
  }
}
