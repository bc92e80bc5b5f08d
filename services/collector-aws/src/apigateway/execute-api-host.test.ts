import { describe, expect, it } from '@jest/globals';
import { apiOfExecuteApiHost } from './execute-api-host.js';

describe('an execute-api host', () => {
  it('names its API and region, with or without the trailing dot of DNS, in China too', () => {
    expect(apiOfExecuteApiHost('a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com')).toEqual({
      apiId: 'a1b2c3d4e5',
      region: 'eu-west-1',
    });
    expect(apiOfExecuteApiHost('A1B2C3D4E5.execute-api.cn-north-1.amazonaws.com.cn.')).toEqual({
      apiId: 'a1b2c3d4e5',
      region: 'cn-north-1',
    });
  });

  it('is none for other hosts (a custom domain, a load balancer)', () => {
    expect(apiOfExecuteApiHost('api.example.com')).toBeUndefined();
    expect(apiOfExecuteApiHost('ext-alb-1-123.eu-west-1.elb.amazonaws.com')).toBeUndefined();
    expect(apiOfExecuteApiHost(undefined)).toBeUndefined();
  });
});
