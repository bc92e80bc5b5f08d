import type { CollectorRegistry } from './registry.js';

const loaded = new Map<string, Promise<CollectorRegistry>>();

/** Imports the module naming the registry (once per worker): workers cannot receive classes, only their module. */
export function loadRegistry(moduleUrl: string, exportName: string): Promise<CollectorRegistry> {
  const key = `${moduleUrl}#${exportName}`;
  let registry = loaded.get(key);
  if (!registry) {
    registry = import(moduleUrl).then((module: Record<string, unknown>) => {
      const found = module[exportName];
      if (!found) throw new Error(`module ${moduleUrl} exports no ${exportName}`);
      return found as CollectorRegistry;
    });
    // A failed load is not cached: the next kind tries again and reports the error.
    registry.catch(() => loaded.delete(key));
    loaded.set(key, registry);
  }
  return registry;
}
