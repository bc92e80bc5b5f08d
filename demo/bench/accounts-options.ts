import type { SimSize } from '@cloud-inventory/aws-sim';

const sizes: readonly SimSize[] = ['tiny', 'small', 'medium', 'large'];

export interface AccountsMode {
  accounts: number[];
  accountSize: SimSize;
  concurrency: { total: number; perAccount: number };
}

function wholeNumber(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`${flag}: a whole number of at least ${min}`);
  return value;
}

/** `--accounts N[,M]` and its companions; undefined without --accounts (the sizes mode). */
export function accountsModeOf(values: {
  accounts?: string;
  'account-size': string;
  'concurrency-total': string;
  'concurrency-per-account': string;
}): AccountsMode | undefined {
  if (values.accounts === undefined) return undefined;
  const accounts = values.accounts.split(',').map((text) => wholeNumber('--accounts', text, 2));
  const accountSize = values['account-size'] as SimSize;
  if (!sizes.includes(accountSize)) throw new Error(`--account-size: one of ${sizes.join(', ')}`);
  const total = wholeNumber('--concurrency-total', values['concurrency-total'], 1);
  const perAccount = wholeNumber('--concurrency-per-account', values['concurrency-per-account'], 1);
  if (perAccount > total) throw new Error('--concurrency-per-account: at most --concurrency-total');
  return { accounts, accountSize, concurrency: { total, perAccount } };
}
