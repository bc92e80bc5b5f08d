import { performance } from 'node:perf_hooks';
import type { GraphStore, LeaseFence } from '@cloud-inventory/graph-store';
import type { Logger } from 'pino';
import type { FenceGuard } from './fenced-store.js';

export interface LeaseKeeperOptions {
  store: GraphStore;
  /** The lease's name in the store: every inventory on one store uses the same. */
  name: string;
  holder: string;
  ttlMs: number;
  /** How often a process that does not hold the lease tries to take it (default min(ttl / 3, 1 s)). */
  standbyRetryMs?: number;
  logger: Logger;
  /** The lease was taken (not renewed): the new holder's recovery runs before it is told to anyone else. */
  onAcquired: (fence: LeaseFence) => Promise<void>;
  /** The lease is gone: the jobs run under the fence must stop without writing. */
  onLost: (fence: LeaseFence, reason: string) => void;
  /** 1 while held, 0 otherwise (the inventory_lease_held gauge). */
  onHeldChanged?: (held: boolean) => void;
}

interface Held {
  fence: LeaseFence;
  /**
   * performance.now() until which this process may act on the lease: when the last successful acquire or renew was
   * sent, plus the TTL. The store dated the expiry from the moment it ran the statement, which is no earlier, so
   * this process stops acting before the store lets anyone else take over (monotonic clock, which also runs while
   * the process is stopped).
   */
  validUntil: number;
}

/**
 * Holds the sync lease: tries to acquire it at start, renews it every ttl / 3 while held, and keeps trying (every
 * standbyRetryMs) while another inventory holds it. Declares it lost when a renewal finds another holder, when a
 * write is refused with LeaseLostError, or when the TTL passes without a successful renewal.
 */
export class LeaseKeeper implements FenceGuard {
  private held: Held | undefined;
  private timer: NodeJS.Timeout | undefined;
  private expiryTimer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> = Promise.resolve();
  private isStopped = false;
  /** The token of the tenure this process last lost: never taken up again, so that each tenure has its own token. */
  private lostToken: number | undefined;
  /** The recovery of a new tenure failed: it runs again at the next renewal. */
  private isRecoveryDue = false;

  constructor(private readonly options: LeaseKeeperOptions) {}

  get holder(): string {
    return this.options.holder;
  }

  get holding(): boolean {
    return this.fence !== undefined;
  }

  /** The fence of the lease while this process holds it. */
  get fence(): LeaseFence | undefined {
    const held = this.held;
    return held !== undefined && performance.now() < held.validUntil ? held.fence : undefined;
  }

  get token(): number | undefined {
    return this.fence?.token;
  }

  /**
   * By identity: each tenure has its own fence object, so that a job of an earlier tenure is refused even when this
   * process took the lease again with the same token (it renewed after its own expiry, nobody else took it).
   */
  isCurrent(fence: LeaseFence): boolean {
    return this.fence !== undefined && this.fence === fence;
  }

  reportLost(fence: LeaseFence): void {
    if (this.held?.fence.token === fence.token) this.lose('a write was refused: another inventory holds the lease');
  }

  /** The first attempt, awaited (with the recovery of a new holder), then the renewals in the background. */
  async start(): Promise<void> {
    this.options.onHeldChanged?.(false);
    await this.tick();
  }

  /** Stops renewing and frees the lease, so that a standby takes over at its next attempt instead of after the TTL. */
  async stop(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.expiryTimer);
    await this.ticking;
    const held = this.held;
    if (held === undefined) return;
    this.held = undefined;
    this.options.onHeldChanged?.(false);
    try {
      await this.options.store.releaseLease(held.fence.lease, this.options.holder, held.fence.token);
      this.options.logger.info({ lease: held.fence.lease, leaseToken: held.fence.token }, 'lease released');
    } catch (error) {
      // Documented expected case: the store is unreachable; the lease then expires after its TTL.
      this.options.logger.warn({ err: error, lease: held.fence.lease }, 'lease not released; it expires');
    }
  }

  private tick(): Promise<void> {
    this.ticking = this.attempt().finally(() => this.schedule());
    return this.ticking;
  }

  private schedule(): void {
    if (this.isStopped) return;
    const { ttlMs } = this.options;
    const standbyMs = this.options.standbyRetryMs ?? Math.min(ttlMs / 3, 1000);
    this.timer = setTimeout(() => void this.tick(), this.held ? ttlMs / 3 : standbyMs);
  }

  private async attempt(): Promise<void> {
    const { store, name, holder, ttlMs, logger } = this.options;
    const sentAt = performance.now();
    let lease;
    try {
      lease = await store.acquireLease({ name, holder, ttlMs });
    } catch (error) {
      // Documented expected case: the store is briefly unreachable; the lease stays held until its TTL has passed.
      logger.warn({ err: error, lease: name, leaseToken: this.held?.fence.token }, 'lease renewal failed');
      if (this.held && performance.now() >= this.held.validUntil) this.lose('renewals failed for the whole TTL');
      return;
    }
    if (this.isStopped && lease) {
      await store.releaseLease(name, holder, lease.token).catch(() => undefined);
      return;
    }
    if (lease === undefined) {
      if (this.held) this.lose('another inventory holds the lease');
      return;
    }
    if (this.held === undefined && lease.token === this.lostToken) {
      // Nobody took the lease since this process lost it, so the store renewed the old tenure's token. A job of that
      // tenure may still be writing under it: free the lease, and the next attempt takes it with a new token.
      await store.releaseLease(name, holder, lease.token).catch(() => undefined);
      this.lostToken = undefined;
      return;
    }
    if (this.held && (this.held.fence.token !== lease.token || performance.now() >= this.held.validUntil)) {
      // Held again, but this process had stopped acting on it (or it changed hands in between): that tenure is over.
      this.lose('the lease was renewed after it had expired here');
      if (lease.token === this.lostToken) {
        // A new tenure needs a new token: free the lease, and the next attempt takes it anew.
        await store.releaseLease(name, holder, lease.token).catch(() => undefined);
        this.lostToken = undefined;
        return;
      }
    }
    const validUntil = sentAt + ttlMs;
    if (this.held) {
      this.held.validUntil = validUntil;
      if (this.isRecoveryDue) await this.recover(this.held.fence);
    } else {
      const fence = { lease: name, token: lease.token };
      this.held = { fence, validUntil };
      logger.info({ lease: name, leaseToken: lease.token, holder, expiresAt: lease.expiresAt }, 'lease acquired');
      this.options.onHeldChanged?.(true);
      await this.recover(fence);
    }
    this.armExpiry();
  }

  /** The new holder's recovery (the interrupted jobs marked ABORTED); one that fails runs again at the next renewal. */
  private async recover(fence: LeaseFence): Promise<void> {
    try {
      await this.options.onAcquired(fence);
      this.isRecoveryDue = false;
    } catch (error) {
      this.isRecoveryDue = true;
      const { logger, name } = this.options;
      logger.error(
        { err: error, lease: name, leaseToken: fence.token },
        'recovery after taking the lease failed; retried',
      );
    }
  }

  /** Declares the lease lost at its local expiry, should the renewals stall (a hanging store, a paused process). */
  private armExpiry(): void {
    clearTimeout(this.expiryTimer);
    const held = this.held;
    if (held === undefined || this.isStopped) return;
    this.expiryTimer = setTimeout(
      () => {
        if (this.held === held && performance.now() >= held.validUntil) this.lose('the TTL passed without a renewal');
      },
      Math.max(0, held.validUntil - performance.now()) + 1,
    );
    this.expiryTimer.unref();
  }

  private lose(reason: string): void {
    const held = this.held;
    if (held === undefined) return;
    this.held = undefined;
    this.lostToken = held.fence.token;
    this.isRecoveryDue = false;
    clearTimeout(this.expiryTimer);
    this.options.logger.warn({ lease: held.fence.lease, leaseToken: held.fence.token, reason }, 'lease lost');
    this.options.onHeldChanged?.(false);
    this.options.onLost(held.fence, reason);
  }
}
