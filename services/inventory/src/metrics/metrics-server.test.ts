import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { InventoryMetrics } from './inventory-metrics.js';
import { startMetricsServer, type MetricsServer } from './metrics-server.js';

let metrics: InventoryMetrics;
let server: MetricsServer;

beforeAll(async () => {
  metrics = new InventoryMetrics();
  server = await startMetricsServer(metrics.registry, {
    host: '127.0.0.1',
    port: 0,
    logger: pino({ level: 'silent' }),
  });
});

afterAll(async () => {
  await server.stop();
});

describe('the /metrics endpoint', () => {
  it('serves sync durations, tasks by state and AWS errors and throttles in the Prometheus format', async () => {
    metrics.syncFinished('SUCCESS', 12.5);
    metrics.taskFinished('FAILURE', 'CLOUD_SERVICE');
    metrics.scopeFailed({
      account: '111111111111',
      region: 'eu-west-1',
      serviceGroup: 'EC2',
      errorCode: 'RequestLimitExceeded',
    });
    metrics.scopeFailed({
      account: '111111111111',
      region: 'eu-west-1',
      serviceGroup: 'S3',
      errorCode: 'AccessDenied',
    });
    const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('inventory_sync_duration_seconds_sum{state="SUCCESS"} 12.5');
    expect(text).toContain('inventory_sync_tasks_total{state="FAILURE",type="CLOUD_SERVICE"} 1');
    expect(text).toContain(
      'inventory_aws_throttles_total{account="111111111111",region="eu-west-1",service_group="EC2"} 1',
    );
    expect(text).toContain(
      'inventory_aws_errors_total{account="111111111111",region="eu-west-1",service_group="S3",code="AccessDenied"} 1',
    );
    expect(text).not.toContain(
      'inventory_aws_throttles_total{account="111111111111",region="eu-west-1",service_group="S3"}',
    );
  });

  it('answers 404 elsewhere', async () => {
    expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
  });
});
