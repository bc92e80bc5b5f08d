import { describe, it, expect } from '@jest/globals';
import { ResourceManager } from '@cloud-inventory/collector-kit';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { registry } from './registry.js';

const sourceDir = fileURLToPath(new URL('.', import.meta.url));

function managerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return item.name === 'testing' ? [] : managerFiles(path);
    return item.name.endsWith('.manager.ts') ? [path] : [];
  });
}

describe('registry', () => {
  it('names every Manager in the source tree', async () => {
    const registered = new Set(registry.allEntries().map((item) => item.manager.constructor));
    const files = managerFiles(sourceDir);
    expect(files.length).toBeGreaterThanOrEqual(12);
    const missing: string[] = [];
    for (const file of files) {
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const managers = Object.entries(module).filter(
        ([, value]) => typeof value === 'function' && value.prototype instanceof ResourceManager,
      );
      expect(managers.length).toBeGreaterThan(0);
      for (const [name, manager] of managers) {
        if (!registered.has(manager as ResourceManager<unknown>['constructor']))
          missing.push(`${relative(sourceDir, file)}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('puts every kind in a family: lower snake case, no cloud prefix, never the name of a kind', () => {
    const entries = registry.allEntries();
    const kinds = new Set(entries.map((item) => item.kind));
    const families = new Map<string, string[]>();
    for (const item of entries) {
      const family = item.manager.serviceType.family ?? '';
      expect({ kind: item.kind, family }).toEqual({ kind: item.kind, family: expect.stringMatching(/^[a-z][a-z_]*$/) });
      expect(family.startsWith('aws_') || kinds.has(family)).toBe(false);
      families.set(family, [...(families.get(family) ?? []), item.kind]);
    }
    expect(families.get('load_balancer')?.sort()).toEqual(['aws_elb_load_balancer', 'aws_elbv2_load_balancer']);
    expect(families.get('snapshot')?.sort()).toEqual(['aws_ec2_snapshot', 'aws_rds_db_snapshot']);
  });

  it('gives every kind its own name and a unique service type', () => {
    const entries = registry.allEntries();
    expect(new Set(entries.map((item) => item.kind)).size).toBe(entries.length);
    expect(
      new Set(entries.map((item) => `${item.manager.serviceType.group}/${item.manager.serviceType.type}`)).size,
    ).toBe(entries.length);
    expect(entries.every((item) => /^aws_[a-z0-9_]+$/.test(item.kind))).toBe(true);
  });
});
