import { organizationsService } from './organization-listing.js';

/**
 * When a job's members can be read from the organizations' listings: once every management account in the job has
 * finished its `organizations` task (its listing is stored), or once their syncs have ended whatever happened.
 */
export class ListingWait {
  private readonly pending: Set<string>;
  private release: () => void = () => undefined;
  readonly listed: Promise<void>;

  constructor(managementAccounts: Iterable<string>) {
    this.pending = new Set(managementAccounts);
    this.listed = new Promise<void>((resolve) => (this.release = resolve));
    if (this.pending.size === 0) this.release();
  }

  taskFinished(accountName: string, service: string): void {
    if (service !== organizationsService || !this.pending.delete(accountName)) return;
    if (this.pending.size === 0) this.release();
  }

  end(): void {
    this.release();
  }
}
