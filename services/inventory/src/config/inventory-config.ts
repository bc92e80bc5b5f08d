import type { ReactConfig } from '../react/config/react-config.js';

/** The validated inventory configuration. Secrets are never held here: only the names of the variables holding them. */

export type CredentialsReference =
  | { type: 'default' }
  | { type: 'static'; accessKeyIdEnv: string; secretAccessKeyEnv: string; sessionTokenEnv?: string }
  | {
      type: 'assume_role';
      roleArn: string;
      /** Not a secret by AWS's design, but it may also come from a variable. */
      externalId?: string;
      externalIdEnv?: string;
      sessionName?: string;
      /** Where the credentials that assume the role come from: the default chain, or static keys from variables. */
      source:
        | { type: 'default' }
        | { type: 'static'; accessKeyIdEnv: string; secretAccessKeyEnv: string; sessionTokenEnv?: string };
    };

export interface AccountConfig {
  /** Unique name; jobs and the API refer to an account by it (or by its id). */
  name: string;
  /** The expected 12-digit account id, if known in advance. */
  id?: string;
  provider: 'aws';
  /** host:port of the collector serving this account. */
  collectorAddress: string;
  credentials: CredentialsReference;
  /** Empty means every enabled region. */
  regions: string[];
  /** Empty means every service. */
  services: string[];
  /** Left out whatever `services` or a request says (an organization's member cannot list the organization). */
  excludedServices?: string[];
  /** Points the collector's AWS clients at this endpoint (an emulator). */
  endpointUrl?: string;
}

/**
 * An AWS Organization whose member accounts are synced without being listed: each sync lists it through its
 * management (or delegated administrator) account, a configured account, and syncs every ACTIVE member it selects
 * by assuming `memberRole` in it with that account's credentials.
 */
export interface OrganizationConfig {
  /** Unique among account and organization names; a StartSync naming it syncs the whole organization. */
  name: string;
  /** The configured account that lists the organization (its `organizations` service must be synced). */
  managementAccount: string;
  memberRole: { name: string; externalId?: string; externalIdEnv?: string; sessionName?: string };
  /** Members to sync: by account id, or by an organizational unit (or root) they are under; empty means all. */
  include: OrganizationSelection;
  /** Members left out, even when included. */
  exclude: OrganizationSelection;
  /** The members' regions and services; absent means the management account's. */
  regions?: string[];
  services?: string[];
}

export interface OrganizationSelection {
  accounts: string[];
  units: string[];
}

export interface TlsFiles {
  certFile: string;
  keyFile: string;
  caFile?: string;
}

export interface InventoryConfig {
  accounts: AccountConfig[];
  organizations: OrganizationConfig[];
  collector: { tokenEnv?: string; caFile?: string };
  schedule: { cron: string; enabled: boolean };
  concurrency: { total: number; perAccount: number };
  task: { deadlineMs: number; retries: number; retryBackoffMs: number };
  store: { dataDir: string };
  api: { host: string; port: number; tokenEnv: string; tls?: TlsFiles };
  metrics: { host: string; port: number; enabled: boolean };
  logLevel: string;
  /** How long orphaned resources (their scope left the configuration) are kept (absent: defaultRetention). */
  retention?: RetentionConfig;
  /** The react phase: metrics, action policies, jobs (absent: the defaults, built-in metrics only). */
  react?: ReactConfig;
  /** Several inventories on one Neo4j: the sync lease (absent: defaultHa). */
  ha?: HaConfig;
}

export interface HaConfig {
  /** How long the sync lease lasts without a renewal (renewed every third of it): the bound of a takeover. */
  leaseTtlMs: number;
}

export const defaultHa: HaConfig = { leaseTtlMs: 15_000 };

export interface RetentionConfig {
  /** Days an orphaned resource stays (marked) before a sync deletes it. */
  orphanedAfterDays: number;
}

export const defaultRetention: RetentionConfig = { orphanedAfterDays: 7 };

export const defaultCollectorAddress = '127.0.0.1:50051';
export const hourly = '0 * * * *';
