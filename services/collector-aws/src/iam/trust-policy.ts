import { policyDocument } from './policy-documents.js';

/** Who a role's trust policy lets assume it, by kind of principal (Allow statements only). */
export interface TrustedPrincipals {
  accounts: string[];
  roles: string[];
  users: string[];
  services: string[];
  providers: string[];
  anyone: boolean;
}

type Statement = { Effect?: unknown; Principal?: unknown };

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function strings(value: unknown): string[] {
  return listOf(value).filter((entry): entry is string => typeof entry === 'string' && entry !== '');
}

/** An `AWS` principal: `*`, an account (`123456789012`, `...:root`), a role, a user or a role's session. */
function addAwsPrincipal(principal: string, trusted: TrustedPrincipals): void {
  if (principal === '*') {
    trusted.anyone = true;
    return;
  }
  if (/^\d{12}$/.test(principal)) {
    trusted.accounts.push(principal);
    return;
  }
  const match = /^arn:([\w-]+):(iam|sts)::(\d{12}):(root|role|user|assumed-role)(?:\/(.*))?$/.exec(principal);
  if (!match) return; // a unique id (AROA...) of a deleted principal names nothing that exists
  const [, partition, , account = '', type, rest = ''] = match;
  if (type === 'root') trusted.accounts.push(account);
  else if (type === 'role') trusted.roles.push(principal);
  else if (type === 'user') trusted.users.push(principal);
  else if (rest.includes('/')) trusted.roles.push(`arn:${partition}:iam::${account}:role/${rest.split('/')[0]}`);
}

/** The principals of a trust policy (URL-encoded JSON as IAM gives it, or parsed). */
export function trustedPrincipals(document: unknown): TrustedPrincipals {
  const trusted: TrustedPrincipals = { accounts: [], roles: [], users: [], services: [], providers: [], anyone: false };
  const parsed = policyDocument(document) as { Statement?: unknown } | undefined;
  for (const statement of listOf(parsed?.Statement) as Statement[]) {
    if (typeof statement !== 'object' || statement === null || statement.Effect !== 'Allow') continue;
    const principal = statement.Principal;
    if (principal === '*') {
      trusted.anyone = true;
      continue;
    }
    if (typeof principal !== 'object' || principal === null) continue;
    const { AWS, Service, Federated } = principal as Record<string, unknown>;
    for (const aws of strings(AWS)) addAwsPrincipal(aws, trusted);
    trusted.services.push(...strings(Service));
    trusted.providers.push(...strings(Federated));
  }
  return trusted;
}
