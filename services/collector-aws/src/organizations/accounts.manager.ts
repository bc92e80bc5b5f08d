import { ResourceManager, awsTags, edge, optional, rawExcept, required } from '@cloud-inventory/collector-kit';
import { AccountManager } from '../account/account.manager.js';
import type { AccountDetails } from './accounts.connector.js';
import { ORG_ACCOUNT } from './organizations-identities.js';

/** An account as its organization sees it: Status (ACTIVE, SUSPENDED, PENDING_CLOSURE) and State stay in data. */
export class OrgAccountsManager extends ResourceManager<AccountDetails> {
  readonly kind = ORG_ACCOUNT.kind;
  readonly serviceType = {
    group: 'Organizations',
    type: 'Account',
    name: 'Organizations Account',
    labels: ['Management'],
    family: 'organization_account',
  };
  override readonly isGlobal = true;
  readonly uid = ORG_ACCOUNT.uid;
  readonly mapping = {
    id: required('Id'),
    name: (account: AccountDetails) => account.Name ?? account.Id,
    tags: awsTags(),
    created_at: optional('JoinedTimestamp'),
    data: rawExcept<AccountDetails>('Tags'),
  };
  // The account itself, whether or not the inventory syncs it: its aws_account uid.
  override readonly relationships = [edge('represents', AccountManager, (account: AccountDetails) => account.Id)];
}
