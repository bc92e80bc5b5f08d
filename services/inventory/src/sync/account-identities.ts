import type { AccountConfig } from '../config/inventory-config.js';

/**
 * The AWS account id behind each configured account: its configured `id`, else the id its last plan reached in this
 * process. Until every configured account's id is known, no stored account can be shown to be unconfigured.
 */
export class AccountIdentities {
  private readonly learned = new Map<string, string>();

  /**
   * `accounts` may be a function: the configured accounts with the organizations' members, which change from sync to
   * sync; `isComplete` says whether that list is whole (an organization not listed yet leaves its members out).
   */
  constructor(
    accounts: readonly AccountConfig[] | (() => readonly AccountConfig[]),
    private readonly isComplete: () => boolean = () => true,
  ) {
    this.accountsOf = typeof accounts === 'function' ? accounts : () => accounts;
  }

  private readonly accountsOf: () => readonly AccountConfig[];

  private get accounts(): readonly AccountConfig[] {
    return this.accountsOf();
  }

  learn(accountName: string, accountId: string): void {
    if (accountId !== '') this.learned.set(accountName, accountId);
  }

  idOf(account: AccountConfig): string | undefined {
    return account.id ?? this.learned.get(account.name);
  }

  /** The id of the configured account of this name, when known. */
  idOfName(name: string): string | undefined {
    const account = this.accounts.find((candidate) => candidate.name === name);
    return account === undefined ? undefined : this.idOf(account);
  }

  /** The ids of every configured account, or undefined while one of them (or an organization's list) is not known. */
  configuredIds(): ReadonlySet<string> | undefined {
    if (!this.isComplete()) return undefined;
    const ids = new Set<string>();
    for (const account of this.accounts) {
      const id = this.idOf(account);
      if (id === undefined) return undefined;
      ids.add(id);
    }
    return ids;
  }

  /**
   * Every configured account that is the one named by this name or id (one AWS account may be configured more than
   * once, with other regions or services); when none is, those whose id is not known yet (they may be it).
   */
  configuredAccountsFor(nameOrId: string): { account: AccountConfig; isIdKnown: boolean }[] {
    const known = this.accounts.filter((account) => {
      const id = this.idOf(account);
      return id !== undefined && (account.name === nameOrId || id === nameOrId);
    });
    if (known.length > 0) return known.map((account) => ({ account, isIdKnown: true }));
    return this.accounts
      .filter((account) => this.idOf(account) === undefined)
      .map((account) => ({ account, isIdKnown: false }));
  }
}
