import type { ConfigReader } from './config-reader.js';
import { defaultHa, type HaConfig } from './inventory-config.js';

/** `ha`: the sync lease of several inventories on one Neo4j (README, High availability). */
export function parseHa(ha: ConfigReader): HaConfig {
  ha.rejectUnknownKeys(['leaseTtlSeconds']);
  return { leaseTtlMs: ha.integer('leaseTtlSeconds', defaultHa.leaseTtlMs / 1000, { min: 2, max: 600 }) * 1000 };
}
