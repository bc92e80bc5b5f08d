import { pick } from '../../world/hash.js';

/** Engines of generated databases, with the version, port and log exports AWS shows for each. */
export interface DbEngine {
  engine: string;
  version: string;
  port: number;
  logs: string[];
  license: string;
}

export const CLUSTER_ENGINES: readonly DbEngine[] = [
  { engine: 'aurora-postgresql', version: '15.4', port: 5432, logs: ['postgresql'], license: 'postgresql-license' },
  {
    engine: 'aurora-mysql',
    version: '8.0.mysql_aurora.3.05.2',
    port: 3306,
    logs: ['audit', 'error', 'slowquery'],
    license: 'general-public-license',
  },
];

export const INSTANCE_ENGINES: readonly DbEngine[] = [
  { engine: 'postgres', version: '16.3', port: 5432, logs: ['postgresql', 'upgrade'], license: 'postgresql-license' },
  { engine: 'mysql', version: '8.0.36', port: 3306, logs: ['error', 'slowquery'], license: 'general-public-license' },
  { engine: 'mariadb', version: '10.11.8', port: 3306, logs: ['error'], license: 'general-public-license' },
];

export function clusterEngine(hash: number): DbEngine {
  return pick(CLUSTER_ENGINES, hash);
}

export const INSTANCE_CLASSES = ['db.t3.medium', 'db.r6g.large', 'db.r6g.xlarge', 'db.m6g.large'] as const;
