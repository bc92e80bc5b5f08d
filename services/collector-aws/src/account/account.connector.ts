import { ResourceConnector } from '@cloud-inventory/collector-kit';

export interface AccountItem {
  AccountId: string;
}

/** The account itself: its id is already known from the credentials (STS GetCallerIdentity in the kit). */
export class AccountConnector extends ResourceConnector<AccountItem> {
  readonly calls = [];

  async *items(): AsyncIterable<AccountItem> {
    yield { AccountId: this.context.account };
  }
}
