import { ResourceManager, rawExcept, required } from '@cloud-inventory/collector-kit';
import type { AccountItem } from './account.connector.js';

export class AccountManager extends ResourceManager<AccountItem> {
  readonly kind = 'aws_account';
  readonly serviceType = {
    group: 'Account',
    type: 'Account',
    name: 'AWS Account',
    labels: ['Management'],
    family: 'account',
  };
  override readonly isGlobal = true;
  readonly uid = (id: string) => `aws:account:${id}`;
  readonly mapping = {
    id: required('AccountId'),
    name: required('AccountId'),
    data: rawExcept<AccountItem>(),
  };
}
