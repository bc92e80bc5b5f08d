import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { status, type ServiceError } from '@grpc/grpc-js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { writeSelfSignedCertificate, type CertificateFiles } from '@cloud-inventory/protocol/testing';
import { openGraphStore, type GraphStore } from '@cloud-inventory/graph-store';
import { parseConfig } from '../config/parse-config.js';
import { startInventory, type RunningInventory } from '../inventory.js';
import { InventoryClient } from './inventory-client.js';

let dir: string;
let store: GraphStore;
let inventory: RunningInventory;
let hasOpenssl = true;
let certificate: CertificateFiles;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inventory-tls-'));
  try {
    certificate = writeSelfSignedCertificate(dir);
  } catch {
    // Documented expected case: without openssl there is no certificate to test with; the test says so loudly.
    hasOpenssl = false;
    process.stderr.write('\n!! TLS test SKIPPED: openssl is not installed\n');
    return;
  }
  store = await openGraphStore({ kind: 'sqlite', path: join(dir, 'inventory.db') });
  const config = parseConfig({
    accounts: [{ name: 'main' }],
    api: { port: 0, tls: certificate },
    metrics: { enabled: false },
  });
  inventory = await startInventory(config, { store, logger: pino({ level: 'silent' }), env: {}, schedule: false });
});

afterAll(async () => {
  await inventory?.stop();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the inventory API with TLS turned on', () => {
  it('serves clients that trust its certificate and refuses plaintext ones', async () => {
    if (!hasOpenssl) return;
    const address = `127.0.0.1:${inventory.api?.port}`;
    const secure = new InventoryClient(address, { tls: { caFile: certificate.certFile } });
    expect((await secure.call('GetSummary', {})).total_resources).toBe(0);
    secure.close();
    const plaintext = new InventoryClient(address, { deadlineMs: 3000 });
    const error = await plaintext.call('GetSummary', {}).then(
      () => undefined,
      (failure: unknown) => failure as ServiceError,
    );
    plaintext.close();
    expect([status.UNAVAILABLE, status.DEADLINE_EXCEEDED]).toContain(error?.code);
  });
});
