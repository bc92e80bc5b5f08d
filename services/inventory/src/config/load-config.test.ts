import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { loadConfig } from './load-config.js';
import { resolveAwsSecret } from './resolve-secret.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inventory-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeConfig(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('loadConfig', () => {
  it('reads a YAML file and lets environment variables override it', async () => {
    const file = await writeConfig(
      'a.yaml',
      ['schedule:', '  cron: "*/15 * * * *"', 'accounts:', '  - name: main', '    regions: [us-east-1]'].join('\n'),
    );
    const config = await loadConfig({
      INVENTORY_CONFIG: file,
      INVENTORY_API_PORT: '6000',
      COLLECTOR_ADDRESS: 'collector:7000',
    });
    expect(config.schedule.cron).toBe('*/15 * * * *');
    expect(config.api.port).toBe(6000);
    expect(config.accounts[0]?.collectorAddress).toBe('collector:7000');
    expect(config.accounts[0]?.regions).toEqual(['us-east-1']);
  });

  it('reads a JSON file', async () => {
    const file = await writeConfig('b.json', JSON.stringify({ accounts: [{ name: 'json' }] }));
    expect((await loadConfig({ INVENTORY_CONFIG: file })).accounts.map((a) => a.name)).toEqual(['json']);
  });

  it('syncs one default-chain account when none is configured', async () => {
    const config = await loadConfig({ INVENTORY_REGIONS: 'us-east-1,eu-west-1' });
    expect(config.accounts).toHaveLength(1);
    expect(config.accounts[0]).toMatchObject({
      name: 'default',
      credentials: { type: 'default' },
      regions: ['us-east-1', 'eu-west-1'],
    });
  });

  it('names the environment variable behind a bad override', async () => {
    await expect(loadConfig({ INVENTORY_API_PORT: 'eighty' })).rejects.toThrow(
      'api.port: must be an integer from 0 to 65535',
    );
  });

  it('stops on a file that does not parse, naming it', async () => {
    const file = await writeConfig('c.yaml', 'accounts: [name: x\n  - : :');
    await expect(loadConfig({ INVENTORY_CONFIG: file })).rejects.toBeInstanceOf(ConfigError);
    await expect(loadConfig({ INVENTORY_CONFIG: join(dir, 'missing.yaml') })).rejects.toThrow(
      /INVENTORY_CONFIG: cannot read/,
    );
  });

  it('stops when a credential variable the config names is unset, naming the key and never a value', async () => {
    const file = await writeConfig(
      'd.yaml',
      JSON.stringify({
        accounts: [
          { name: 'k', credentials: { type: 'static', accessKeyIdEnv: 'K_ID', secretAccessKeyEnv: 'K_SECRET' } },
        ],
      }),
    );
    await expect(loadConfig({ INVENTORY_CONFIG: file, K_ID: 'AKIAEXAMPLE' })).rejects.toThrow(
      'accounts[0].credentials.secretAccessKeyEnv: names K_SECRET, which is not set',
    );
  });

  it('keeps only variable names in the config and resolves the secret when asked', async () => {
    const file = await writeConfig(
      'e.yaml',
      JSON.stringify({
        accounts: [
          {
            name: 'r',
            credentials: {
              type: 'assume_role',
              roleArn: 'arn:aws:iam::210987654321:role/x',
              externalId: 'ext-1',
              accessKeyIdEnv: 'K_ID',
              secretAccessKeyEnv: 'K_SECRET',
            },
          },
        ],
      }),
    );
    const env = { INVENTORY_CONFIG: file, K_ID: 'AKIAEXAMPLE', K_SECRET: 'very-secret-value' };
    const config = await loadConfig(env);
    expect(JSON.stringify(config)).not.toContain('very-secret-value');
    const account = config.accounts[0];
    if (!account) throw new Error('no account');
    expect(resolveAwsSecret(account, env)).toEqual({
      access_key_id: 'AKIAEXAMPLE',
      secret_access_key: 'very-secret-value',
      session_token: '',
      role_arn: 'arn:aws:iam::210987654321:role/x',
      external_id: 'ext-1',
      role_session_name: 'cloud-inventory',
    });
  });
});
