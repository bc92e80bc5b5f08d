import type { AccountConfig } from '../config/inventory-config.js';

/**
 * The AWS account id behind each configured account: its configured `id`, else the id its last plan reached in this
 * process. Until every configured account's id is known, no stored account can be shown to be unconfigured.
 */
export class AccountIdentities {
  private readonly learned = new Map<string, string>();

  constructor(private readonly accounts: readonly AccountConfig[]) {}

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

  /** The ids of every configured account, or undefined while one of them is not known. */
  configuredIds(): ReadonlySet<string> | undefined {
    const ids = new Set<string>();
    for (const account of this.accounts) {
      const id = this.idOf(account);
      if (id === undefined) return undefined;
      ids.add(id);
    }
    return ids;
  }

  /** The configured account that is (or, its id not known yet, may be) the one named by this name or id. */
  configuredAccountFor(nameOrId: string): { account: AccountConfig; isIdKnown: boolean } | undefined {
    for (const account of this.accounts) {
      const id = this.idOf(account);
      if (account.name === nameOrId || id === nameOrId) return { account, isIdKnown: true };
    }
    const unknown = this.accounts.find((account) => this.idOf(account) === undefined);
    return unknown === undefined ? undefined : { account: unknown, isIdKnown: false };
  }
}
