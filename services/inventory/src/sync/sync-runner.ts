import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { InvalidArgumentError, excerpt, type Task__Output } from '@cloud-inventory/protocol';
import {
  LeaseLostError,
  type GraphStore,
  type LeaseFence,
  type ScopeKey,
  type SyncJobRecord,
} from '@cloud-inventory/graph-store';
import type { Logger } from 'pino';
import {
  defaultRetention,
  type AccountConfig,
  type InventoryConfig,
  type OrganizationConfig,
} from '../config/inventory-config.js';
import type { Environment } from '../config/load-config.js';
import { JobElsewhereError, JobFinishedError, JobNotFoundError, SyncAlreadyRunningError } from '../errors.js';
import type { EventBus } from '../events/event-bus.js';
import { runFenced } from '../lease/job-fence.js';
import { waitForJob } from '../lease/pending-jobs.js';
import { syncLeaseName } from '../lease/sync-lease-name.js';
import { noSyncMetrics, type SyncMetrics } from '../metrics/sync-metrics.js';
import { ListingWait } from '../organization/listing-wait.js';
import { OrganizationAccounts } from '../organization/organization-accounts.js';
import { organizationsService } from '../organization/organization-listing.js';
import { AccountIdentities } from './account-identities.js';
import { syncAccount, type AccountSyncOutcome } from './account-sync.js';
import type { CollectorClients } from './collector-clients.js';
import { assertServicesOffered } from './collector-services.js';
import { ConcurrencyLimiter } from './concurrency-limiter.js';
import { emptyCounts, isFinished, JobRecorder } from './job-record.js';
import { orphanInputsOf, sweepOrphans } from './orphan-sweep.js';

export interface SyncRequest {
  /** Account names or ids; empty means every configured account not already syncing. */
  accounts?: string[];
  services?: string[];
  regions?: string[];
  trigger: string;
}

export interface SyncRunnerDeps {
  config: InventoryConfig;
  env: Environment;
  store: GraphStore;
  events: EventBus;
  clients: CollectorClients;
  logger: Logger;
  metrics?: SyncMetrics;
  now?: () => Date;
  /** How often a running job's moving counts are saved (GetJob shows them); default 1000 ms. */
  progressIntervalMs?: number;
  /**
   * One of several inventories on a shared store: only the holder of the sync lease runs jobs (each write of a job
   * carries the lease's fence, see fencedStore); the others record PENDING jobs for it. Absent: this process is the
   * only one, and runs every job.
   */
  lease?: SyncLease;
}

/** The sync lease as the runner sees it (LeaseKeeper). */
export interface SyncLease {
  /** The fence while this process holds the lease; undefined while another inventory does. */
  readonly fence: LeaseFence | undefined;
  /** This process's holder id, recorded with every job it runs. */
  readonly holder: string;
}

interface RunningJob {
  recorder: JobRecorder;
  controller: AbortController;
  done: Promise<SyncJobRecord>;
  /** The lease tenure the job runs under; abandoned once it is lost (the job stops and writes nothing more). */
  fence?: LeaseFence;
  isAbandoned?: boolean;
}

/** How often a job recorded for the lease holder is read back, for whoever waits for it to finish. */
const remoteJobPollMs = 1000;

/** Runs sync jobs: one account never syncs twice at once; cleanup only of scopes reported complete. */
export class SyncRunner {
  private readonly running = new Map<string, RunningJob>();
  /** Aborted by stop(): ends the waits for jobs another inventory runs. */
  private readonly stopping = new AbortController();
  private readonly busyAccounts = new Set<string>();
  private readonly overallLimiter: ConcurrencyLimiter;
  private readonly accountLimiters = new Map<string, ConcurrencyLimiter>();
  private readonly metrics: SyncMetrics;
  private readonly now: () => Date;
  /** The account ids the configured accounts reach, learned from their plans (for orphans and purges). */
  readonly identities: AccountIdentities;
  /** The organizations' member accounts, synced like configured ones. */
  readonly organizations: OrganizationAccounts;

  constructor(private readonly deps: SyncRunnerDeps) {
    this.organizations = new OrganizationAccounts(deps.config, deps.store);
    this.identities = new AccountIdentities(
      () => [...deps.config.accounts, ...this.organizations.members()],
      () => this.organizations.isResolved(),
    );
    this.overallLimiter = new ConcurrencyLimiter(deps.config.concurrency.total);
    this.metrics = deps.metrics ?? noSyncMetrics;
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * Jobs left IN_PROGRESS or PENDING by an inventory that stopped become ABORTED; nothing is deleted for them. With a
   * lease (several inventories), run by a process that has just taken it: the IN_PROGRESS jobs that no job of its
   * tenure runs become ABORTED (their inventory lost the lease: it stopped, or paused past the TTL), saved under its
   * fence; PENDING jobs are requests for the holder, and stay.
   */
  async abortInterruptedJobs(): Promise<string[]> {
    const fence = this.deps.lease?.fence;
    if (this.deps.lease && !fence) return [];
    const states: SyncJobRecord['state'][] = fence ? ['IN_PROGRESS'] : ['IN_PROGRESS', 'PENDING'];
    const error = fence
      ? 'the inventory holding the lease stopped during the job; nothing was deleted'
      : 'the inventory stopped during the job; nothing was deleted';
    const aborted: string[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.deps.store.listJobs({ states }, { limit: 100, pageToken });
      for (const job of page.items) {
        const running = this.running.get(job.id);
        if (running && !running.isAbandoned) continue;
        const at = this.now().toISOString();
        for (const task of job.tasks) {
          if (!isFinished(task.state)) Object.assign(task, { state: 'ABORTED', finishedAt: at });
        }
        const record = { ...job, state: 'ABORTED' as const, finishedAt: at, error };
        await this.deps.store.saveJob(record, fence);
        aborted.push(job.id);
      }
      pageToken = page.nextPageToken;
    } while (pageToken);
    if (aborted.length > 0) this.deps.logger.warn({ jobIds: aborted }, 'interrupted jobs marked aborted');
    return aborted;
  }

  /**
   * Creates and starts a job; resolves once it is recorded. `done` resolves with the finished record. With a lease
   * held by another inventory, the job is recorded PENDING with its request, for the holder to run (takeUpPending);
   * `done` then follows the stored record.
   */
  async start(
    request: SyncRequest,
    pending?: SyncJobRecord,
  ): Promise<{ job: SyncJobRecord; done: Promise<SyncJobRecord> }> {
    const lease = this.deps.lease;
    // The tenure the job starts in, taken before anything is awaited: a job taken up from PENDING needs one.
    const fence = lease?.fence;
    if (lease && !fence && pending) throw new LeaseLostError(syncLeaseName, pending.leaseToken ?? 0, undefined);
    // The members as the store's latest listings hold them: a request may name one.
    await this.organizations.refresh(this.identities, this.deps.logger);
    if (lease && lease.fence !== fence) {
      // Lost while the listings were read: a pending job stays for the next holder, a request is recorded for it.
      if (pending) throw new LeaseLostError(syncLeaseName, fence?.token ?? 0, undefined);
      return this.recordForHolder(request);
    }
    if (lease && !fence) return this.recordForHolder(request);
    const accounts = this.chooseAccounts(request.accounts ?? []);
    for (const account of accounts) this.busyAccounts.add(account.name);
    try {
      // Before the job exists: an unknown service is the request's error, not a job that fails later.
      await assertServicesOffered(request.services ?? [], accounts, this.deps.clients);
    } catch (error) {
      for (const account of accounts) this.busyAccounts.delete(account.name);
      throw error;
    }
    const jobId = pending?.id ?? randomUUID();
    const recorder = new JobRecorder(
      this.deps.store,
      {
        id: jobId,
        state: 'PENDING',
        trigger: request.trigger,
        accounts: accounts.map((account) => account.name),
        createdAt: pending?.createdAt ?? this.now().toISOString(),
        counts: emptyCounts(),
        tasks: [],
        request: requestOf(request),
        ...(lease ? { holder: lease.holder } : {}),
        ...(fence ? { leaseToken: fence.token } : {}),
      },
      {
        intervalMs: this.deps.progressIntervalMs ?? 1000,
        onFailure: (error) => this.deps.logger.warn({ jobId, err: error }, 'job progress not saved; retried later'),
      },
    );
    const controller = new AbortController();
    // Every running task listens for cancellation (its stream and its retry wait), so the bound follows the concurrency.
    setMaxListeners(4 * this.deps.config.concurrency.total + 10, controller.signal);
    try {
      // Every write of the job, from here to its end, carries the fence of the tenure it started in.
      await runFenced(fence, () => recorder.save());
    } catch (error) {
      for (const account of accounts) this.busyAccounts.delete(account.name);
      throw error;
    }
    const done = runFenced(fence, () => this.runJob(recorder, accounts, request, controller.signal))
      .catch((error: unknown) => {
        // Documented expected case: the lease was lost during the job; it stopped and wrote nothing more, and the
        // new holder marks it ABORTED.
        if (!(error instanceof LeaseLostError)) throw error;
        this.deps.logger.warn(
          { jobId, leaseToken: fence?.token },
          'job abandoned: the lease was lost; nothing more written',
        );
        return structuredClone(recorder.job);
      })
      .finally(() => {
        for (const account of accounts) this.busyAccounts.delete(account.name);
        this.running.delete(recorder.job.id);
      });
    this.running.set(recorder.job.id, { recorder, controller, done, ...(fence ? { fence } : {}) });
    return { job: structuredClone(recorder.job), done };
  }

  /**
   * The lease holder runs a job another inventory recorded PENDING. One whose accounts are all syncing, or that names
   * an account no longer configured, fails at once with the reason.
   */
  async takeUpPending(job: SyncJobRecord): Promise<void> {
    if (this.running.has(job.id)) return;
    const request: SyncRequest = { ...job.request, trigger: job.trigger };
    try {
      await this.start(request, job);
    } catch (error) {
      if (error instanceof LeaseLostError) return;
      const fence = this.deps.lease?.fence;
      if (!fence) return;
      const reason = error instanceof Error ? error.message : String(error);
      const at = this.now().toISOString();
      await this.deps.store.saveJob({ ...job, state: 'FAILURE', finishedAt: at, error: reason }, fence);
      this.deps.logger.warn({ jobId: job.id, reason }, 'pending job could not start');
    }
  }

  /** The lease is gone: its jobs stop at once (as a cancel), and their writes are refused from now on. */
  abandonJobsOf(fence: LeaseFence): void {
    for (const job of this.running.values()) {
      if (job.fence !== fence) continue;
      job.isAbandoned = true;
      job.controller.abort(new LeaseLostError(fence.lease, fence.token, undefined));
    }
  }

  /** Another inventory holds the lease: the request is checked here, then recorded PENDING for the holder to run. */
  private async recordForHolder(request: SyncRequest): Promise<{ job: SyncJobRecord; done: Promise<SyncJobRecord> }> {
    const accounts = this.chooseAccounts(request.accounts ?? []);
    await assertServicesOffered(request.services ?? [], accounts, this.deps.clients);
    const job: SyncJobRecord = {
      id: randomUUID(),
      state: 'PENDING',
      trigger: request.trigger,
      accounts: accounts.map((account) => account.name),
      createdAt: this.now().toISOString(),
      counts: emptyCounts(),
      tasks: [],
      request: requestOf(request),
    };
    await this.deps.store.saveJob(job);
    this.deps.logger.info({ jobId: job.id, trigger: job.trigger }, 'sync recorded for the inventory holding the lease');
    return { job, done: waitForJob(this.deps.store, job.id, remoteJobPollMs, this.stopping.signal) };
  }

  async run(request: SyncRequest): Promise<SyncJobRecord> {
    return (await this.start(request)).done;
  }

  /** Cancels a running job: its tasks stop, nothing is deleted. Returns the record once the job has stopped. */
  async cancel(jobId: string): Promise<SyncJobRecord> {
    const job = this.running.get(jobId);
    if (!job) {
      const stored = await this.deps.store.getJob(jobId);
      if (!stored) throw new JobNotFoundError(jobId);
      if (this.deps.lease && !isFinished(stored.state)) throw new JobElsewhereError(jobId, stored.holder);
      throw new JobFinishedError(jobId, stored.state);
    }
    job.controller.abort(new Error('job canceled'));
    return job.done;
  }

  isRunning(jobId: string): boolean {
    return this.running.has(jobId);
  }

  /** Whether any job is running. */
  get syncing(): boolean {
    return this.running.size > 0;
  }

  /** Cancels every running job and waits for them to stop. */
  async stop(): Promise<void> {
    this.stopping.abort(new Error('inventory stopping'));
    const jobs = [...this.running.values()];
    for (const job of jobs) job.controller.abort(new Error('inventory stopping'));
    await Promise.allSettled(jobs.map((job) => job.done));
  }

  /**
   * The accounts a job starts with. An organization brings its management account and the members its latest
   * listing holds; the members it lists during the job join it then (membersToSync). A busy member is left out.
   */
  private chooseAccounts(requested: string[]): AccountConfig[] {
    const configured = this.deps.config.accounts;
    if (requested.length === 0) {
      const all = [...configured, ...this.organizations.members()];
      const free = all.filter((account) => !this.busyAccounts.has(account.name));
      if (free.length === 0) throw new SyncAlreadyRunningError(configured.map((account) => account.name));
      const busy = all.filter((account) => this.busyAccounts.has(account.name)).map((account) => account.name);
      if (busy.length > 0) this.deps.logger.warn({ accounts: busy }, 'accounts still syncing are left out of this job');
      return free;
    }
    const members = this.organizations.members();
    const listedMembers: AccountConfig[] = [];
    const chosen = requested.map((nameOrId, index) => {
      const organization = this.deps.config.organizations.find((candidate) => candidate.name === nameOrId);
      if (organization) {
        listedMembers.push(...this.organizations.membersOf(organization));
        return this.organizations.managementOf(organization);
      }
      const account = [...configured, ...members].find(
        (candidate) => candidate.name === nameOrId || candidate.id === nameOrId,
      );
      if (!account) throw new InvalidArgumentError(`accounts[${index}]`, `no configured account ${excerpt(nameOrId)}`);
      return account;
    });
    const unique = [...new Set(chosen)];
    const busy = unique.filter((account) => this.busyAccounts.has(account.name));
    if (busy.length > 0) throw new SyncAlreadyRunningError(busy.map((account) => account.name));
    const busyMembers = listedMembers.filter((member) => this.busyAccounts.has(member.name));
    if (busyMembers.length > 0) {
      const names = busyMembers.map((member) => member.name);
      this.deps.logger.warn({ accounts: names }, 'organization members still syncing are left out of this job');
    }
    const freeMembers = listedMembers.filter(
      (member) => !this.busyAccounts.has(member.name) && !unique.includes(member),
    );
    return [...unique, ...new Set(freeMembers)];
  }

  private async runJob(
    recorder: JobRecorder,
    accounts: AccountConfig[],
    request: SyncRequest,
    signal: AbortSignal,
  ): Promise<SyncJobRecord> {
    const job = recorder.job;
    const log = this.deps.logger.child({ jobId: job.id });
    const startedAt = this.now();
    await recorder.update(() => {
      job.state = 'IN_PROGRESS';
      job.startedAt = startedAt.toISOString();
    });
    this.deps.events.emit('sync.started', {
      jobId: job.id,
      trigger: job.trigger,
      accounts: job.accounts,
      at: job.startedAt ?? '',
    });
    log.info({ trigger: job.trigger, accounts: job.accounts }, 'sync started');
    try {
      // The members the management accounts list for the first time join as soon as their listing is stored.
      const organizations = this.organizationsOf(request);
      const ownAccounts = [...accounts];
      const listing = new ListingWait(
        organizations
          .map((organization) => organization.managementAccount)
          .filter((name) => ownAccounts.some((account) => account.name === name)),
      );
      const ownOutcomes = this.syncAccounts(recorder, ownAccounts, request, signal, log, {
        listers: new Set(organizations.map((organization) => organization.managementAccount)),
        onTaskFinished: (account, task, accountId) => {
          // The listing account's id: the one the members' listing is stored under.
          if (task.service === organizationsService) this.identities.learn(account.name, accountId);
          listing.taskFinished(account.name, task.service);
        },
      });
      // Awaited below; handled here too, so that its failure does not go unhandled while the listing is awaited.
      ownOutcomes.then(listing.end.bind(listing), listing.end.bind(listing));
      await listing.listed;
      const members = await this.membersToSync(organizations, ownAccounts, signal, log);
      if (members.length > 0) {
        for (const member of members) this.busyAccounts.add(member.name);
        accounts.push(...members);
        await recorder.update(() => job.accounts.push(...members.map((member) => member.name)));
      }
      const [own, listed] = await Promise.all([
        ownOutcomes,
        this.syncAccounts(recorder, members, request, signal, log),
      ]);
      const outcomes = [...own, ...listed];
      recorder.sumTaskCounts();
      if (signal.aborted) {
        job.state = 'CANCELED';
        job.error = 'canceled; nothing was deleted';
      } else {
        await this.finish(
          job,
          outcomes.flatMap((outcome) => outcome.completeScopes),
          log,
        );
        await this.sweepOrphans(job, accounts, outcomes, request, log);
      }
    } catch (error) {
      // Records the typed outcome (the job failed, with its reason) instead of leaving it IN_PROGRESS.
      job.state = 'FAILURE';
      job.error = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
      log.error({ err: error }, 'sync failed');
    }
    job.finishedAt = this.now().toISOString();
    await recorder.save();
    await this.checkpointStore(log);
    const durationMs = Date.parse(job.finishedAt) - startedAt.getTime();
    this.metrics.syncFinished(job.state, durationMs / 1000);
    this.deps.events.emit('sync.finished', {
      jobId: job.id,
      state: job.state,
      counts: job.counts,
      durationMs,
      at: job.finishedAt,
    });
    log.info({ state: job.state, counts: job.counts, durationMs }, 'sync finished');
    return structuredClone(job);
  }

  /** After the job's last record, whatever its state: the store's files then hold the whole sync. */
  private async checkpointStore(log: Logger): Promise<void> {
    try {
      await this.deps.store.checkpoint();
    } catch (error) {
      // Documented expected case: a checkpoint that fails leaves the data where it was (the WAL), still durable; the
      // next one moves it.
      log.warn({ err: error }, 'store checkpoint failed');
    }
  }

  private async finish(job: SyncJobRecord, completeScopes: ScopeKey[], log: Logger): Promise<void> {
    const finished = await this.deps.store.finishSync(job.id, completeScopes);
    job.counts.deleted = finished.deleted;
    for (const change of finished.changes) {
      if (change.change === 'deleted') this.deps.events.emit('resource.deleted', { jobId: job.id, change });
    }
    if (finished.danglingEdges.length > 0) {
      log.warn(
        { danglingEdges: finished.danglingEdges.length, example: finished.danglingEdges[0] },
        'edges whose target never arrived',
      );
    }
    const failedTasks = job.tasks.filter((task) => task.state !== 'SUCCESS');
    job.state = failedTasks.length === 0 ? 'SUCCESS' : 'FAILURE';
    if (failedTasks.length > 0) {
      job.error = `${failedTasks.length} of ${job.tasks.length} tasks failed; their scopes were kept: ${failedTasks
        .slice(0, 5)
        .map((task) => `${task.id} (${task.error ?? task.state})`)
        .join(', ')}`;
    }
  }

  /** After cleanup: what left the configuration is marked orphaned, and deleted once the retention has passed. */
  private async sweepOrphans(
    job: SyncJobRecord,
    accounts: AccountConfig[],
    outcomes: AccountSyncOutcome[],
    request: SyncRequest,
    log: Logger,
  ): Promise<void> {
    outcomes.forEach((outcome, index) => {
      const account = accounts[index];
      if (outcome.plan && account) this.identities.learn(account.name, outcome.plan.accountId);
    });
    const { config, store, events } = this.deps;
    const swept = await sweepOrphans(
      { jobId: job.id, store, events, retention: config.retention ?? defaultRetention, now: this.now(), log },
      orphanInputsOf({ config, identities: this.identities, accounts, outcomes, request }),
    );
    job.counts.deleted += swept.deleted;
  }

  private syncAccounts(
    recorder: JobRecorder,
    accounts: AccountConfig[],
    request: SyncRequest,
    signal: AbortSignal,
    log: Logger,
    organizationListing?: {
      /** The management accounts whose listing the job waits on: their organizations task goes first. */
      listers: ReadonlySet<string>;
      onTaskFinished: (account: AccountConfig, task: Task__Output, accountId: string) => void;
    },
  ): Promise<AccountSyncOutcome[]> {
    return Promise.all(
      accounts.map((account) =>
        syncAccount({
          recorder,
          account,
          services: request.services?.length ? request.services : account.services,
          regions: request.regions?.length ? request.regions : account.regions,
          env: this.deps.env,
          clients: this.deps.clients,
          store: this.deps.store,
          events: this.deps.events,
          metrics: this.metrics,
          overallLimiter: this.overallLimiter,
          accountLimiter: this.accountLimiter(account.name),
          task: this.deps.config.task,
          signal,
          log,
          now: this.now,
          ...(organizationListing
            ? {
                onTaskFinished: (task: Task__Output, accountId: string) =>
                  organizationListing.onTaskFinished(account, task, accountId),
                firstServices: organizationListing.listers.has(account.name) ? [organizationsService] : [],
              }
            : {}),
        }),
      ),
    );
  }

  /** The organizations a request syncs the members of: all for a request naming no account, else those it names. */
  private organizationsOf(request: SyncRequest): OrganizationConfig[] {
    const requested = request.accounts ?? [];
    const organizations = this.deps.config.organizations;
    if (requested.length === 0) return [...organizations];
    return organizations.filter((organization) => requested.includes(organization.name));
  }

  /** The members to add to the job's own accounts: listed again now, less those this or another job syncs. */
  private async membersToSync(
    organizations: OrganizationConfig[],
    accounts: AccountConfig[],
    signal: AbortSignal,
    log: Logger,
  ): Promise<AccountConfig[]> {
    if (organizations.length === 0 || signal.aborted) return [];
    await this.organizations.refresh(this.identities, log, organizations);
    const inJob = new Set(accounts.map((account) => account.name));
    const members = organizations
      .flatMap((organization) => this.organizations.membersOf(organization))
      .filter((member) => !inJob.has(member.name));
    const busy = members.filter((member) => this.busyAccounts.has(member.name)).map((member) => member.name);
    if (busy.length > 0) log.warn({ accounts: busy }, 'organization members still syncing are left out of this job');
    return members.filter((member) => !this.busyAccounts.has(member.name));
  }

  private accountLimiter(accountName: string): ConcurrencyLimiter {
    let limiter = this.accountLimiters.get(accountName);
    if (!limiter) {
      limiter = new ConcurrencyLimiter(this.deps.config.concurrency.perAccount);
      this.accountLimiters.set(accountName, limiter);
    }
    return limiter;
  }
}

function requestOf(request: SyncRequest): NonNullable<SyncJobRecord['request']> {
  return { accounts: request.accounts ?? [], services: request.services ?? [], regions: request.regions ?? [] };
}
