import { describe, it, expect } from '@jest/globals';
import { refreshBeforeExpiry, type AwsCredentials } from './aws-credentials.js';

function issuer(lifetimeMs: number) {
  let issued = 0;
  const fetch = async (): Promise<AwsCredentials> => {
    issued += 1;
    return { accessKeyId: `ASIA${issued}`, secretAccessKey: 's', expiration: new Date(Date.now() + lifetimeMs) };
  };
  return { fetch, issued: () => issued };
}

describe('refreshBeforeExpiry', () => {
  it('reuses credentials that stay valid beyond the margin', async () => {
    const source = issuer(60 * 60_000);
    const provider = refreshBeforeExpiry(source.fetch, 5 * 60_000);
    await Promise.all([provider(), provider(), provider()]);
    await provider();
    expect(source.issued()).toBe(1);
  });

  it('fetches new credentials once the old ones expire within the margin', async () => {
    const source = issuer(4 * 60_000);
    const provider = refreshBeforeExpiry(source.fetch, 5 * 60_000);
    const first = await provider();
    const second = await provider();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(source.issued()).toBe(2);
  });

  it('shares one refresh among concurrent callers and retries after a failure', async () => {
    let calls = 0;
    const provider = refreshBeforeExpiry(async () => {
      calls += 1;
      if (calls === 1) throw new Error('sts down');
      return { accessKeyId: 'AKIA', secretAccessKey: 's' };
    }, 1000);
    await expect(Promise.all([provider(), provider()])).rejects.toThrow('sts down');
    expect(calls).toBe(1);
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'AKIA' });
    expect(calls).toBe(2);
  });
});
