import { describe, expect, it } from '@jest/globals';
import { InvalidArgumentError } from '@cloud-inventory/protocol';
import type { AccountSecret } from './credential-cache.js';
import { EndpointPolicy } from './endpoint-policy.js';
import { CollectorConfigError } from './errors.js';
import { isLoopbackHost } from './server-exposure.js';

const noKeys: AccountSecret = {
  access_key_id: '',
  secret_access_key: '',
  session_token: '',
  role_arn: '',
  external_id: '',
  role_session_name: '',
};
const keys: AccountSecret = { ...noKeys, access_key_id: 'AKIAIOSFODNN7EXAMPLE', secret_access_key: 'secret' };

function refusal(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('EndpointPolicy', () => {
  const policy = new EndpointPolicy({ allowedEndpoints: ['HTTP://Sim.Example:4566'], env: {} });

  it('honours an allowed origin whatever its case or path, with the account keys', () => {
    expect(policy.endpointFor('http://sim.example:4566/some/path', keys)).toBe('http://sim.example:4566/some/path');
  });

  it('refuses another port, scheme or host, and a URL carrying user info, naming the field', () => {
    for (const url of [
      'http://sim.example:4567',
      'https://sim.example:4566',
      'http://sim.example.evil:4566',
      'http://user:pw@sim.example:4566',
    ]) {
      expect(refusal(() => policy.endpointFor(url, keys)).field).toBe('options.endpoint_url');
    }
  });

  it("refuses the collector's own credentials for an allowed endpoint unless allowed", () => {
    expect(refusal(() => policy.endpointFor('http://sim.example:4566', noKeys)).message).toMatch(/own credentials/);
    const lenient = new EndpointPolicy({
      allowedEndpoints: ['http://sim.example:4566'],
      allowDefaultCredentialsWithEndpoint: true,
      env: {},
    });
    expect(lenient.endpointFor('http://sim.example:4566', noKeys)).toBe('http://sim.example:4566');
  });

  it("always allows the collector's own AWS_ENDPOINT_URL, and uses it when a request names none", () => {
    const configured = new EndpointPolicy({ env: { AWS_ENDPOINT_URL: 'http://aws-sim:4566' } });
    expect(configured.endpointFor(undefined, noKeys)).toBe('http://aws-sim:4566');
    expect(configured.endpointFor('http://aws-sim:4566', noKeys)).toBe('http://aws-sim:4566');
    expect(new EndpointPolicy({ env: {} }).endpointFor(undefined, noKeys)).toBeUndefined();
  });

  it('refuses to start with an allowed entry that is not an origin', () => {
    expect(() => new EndpointPolicy({ allowedEndpoints: ['http://a:1/path'], env: {} })).toThrow(CollectorConfigError);
    expect(() => new EndpointPolicy({ allowedEndpoints: ['aws-sim:4566'], env: {} })).toThrow(
      /COLLECTOR_ALLOWED_ENDPOINTS\[0\]/,
    );
  });
});

describe('isLoopbackHost', () => {
  it('accepts loopback names and addresses only', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1']) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of ['0.0.0.0', '::', '10.0.0.1', 'collector-aws', '128.0.0.1', 'localhost.evil.com']) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });
});
