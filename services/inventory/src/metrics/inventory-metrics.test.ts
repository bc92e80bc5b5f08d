import { describe, expect, it } from '@jest/globals';
import { InventoryMetrics } from './inventory-metrics.js';

describe('InventoryMetrics', () => {
  it('starts the sync and task series at zero, so that a first failure after a start shows in increase()', async () => {
    const scrape = await new InventoryMetrics().registry.metrics();
    expect(scrape).toContain('inventory_sync_duration_seconds_count{state="FAILURE"} 0');
    expect(scrape).toContain('inventory_sync_duration_seconds_count{state="SUCCESS"} 0');
    expect(scrape).toContain('inventory_sync_tasks_total{state="FAILURE",type="CLOUD_SERVICE"} 0');
  });

  it('counts a failed sync and a failed account once each', async () => {
    const metrics = new InventoryMetrics();
    metrics.syncFinished('FAILURE', 12);
    metrics.accountFailed('acme-111111111111');
    const scrape = await metrics.registry.metrics();
    expect(scrape).toContain('inventory_sync_duration_seconds_count{state="FAILURE"} 1');
    expect(scrape).toContain('inventory_account_sync_failures_total{account="acme-111111111111"} 1');
  });
});
