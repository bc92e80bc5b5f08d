import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { createRootLogger } from './root-logger.js';

function capture(): { lines: string[]; destination: Writable } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString('utf8'));
      callback();
    },
  });
  return { lines, destination };
}

describe('the root logger', () => {
  it('redacts every credential key at the depths the inventory logs them', () => {
    const { lines, destination } = capture();
    const logger = createRootLogger({ destination });
    logger.info(
      {
        secret: { access_key_id: 'AKIAEXAMPLE', secret_access_key: 'top-secret-1' },
        request: { secret: { secret_access_key: 'top-secret-2', session_token: 'top-secret-3' } },
        metadata: { authorization: 'Bearer top-secret-4' },
        config: { password: 'top-secret-5', token: 'top-secret-6' },
      },
      'request sent',
    );
    logger.child({ jobId: 'j1' }).warn({ err: { credentials: { secretAccessKey: 'top-secret-7' } } }, 'failed');
    const text = lines.join('');
    for (let index = 1; index <= 7; index += 1) expect(text).not.toContain(`top-secret-${index}`);
    expect(text).toContain('[redacted]');
    expect(text).toContain('"jobId":"j1"');
  });
});
