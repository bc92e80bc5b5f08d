import { describe, expect, it } from '@jest/globals';
import { status } from '@grpc/grpc-js';
import { describeFailedScopes } from './failed-scopes.js';
import { describeGrpcFailure } from './transport-retry.js';

const scope = (kind: string, region: string) => ({ cloud: 'aws', account: '1', region, serviceGroup: 'S3', kind });

describe('failure descriptions in job records', () => {
  it('name the regions a kind failed in, each kind and error once', () => {
    const described = describeFailedScopes([
      { scope: scope('aws_s3_bucket', 'us-east-1'), errorCode: 'AccessDenied' },
      { scope: scope('aws_s3_bucket', 'eu-west-1'), errorCode: 'AccessDenied' },
      { scope: scope('aws_ec2_volume', 'us-west-2'), errorCode: 'Throttling' },
    ]);
    expect(described).toBe(
      'aws_s3_bucket: AccessDenied in eu-west-1, us-east-1; aws_ec2_volume: Throttling in us-west-2',
    );
  });

  it('say once that the collector could not be reached, however often grpc-js nested its attempts', () => {
    const details =
      'round_robin: No connection established. Last error: No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:1. Resolution note: ';
    expect(describeGrpcFailure({ code: status.UNAVAILABLE, details })).toBe(
      'UNAVAILABLE: no connection (connect ECONNREFUSED 127.0.0.1:1)',
    );
    expect(
      describeGrpcFailure({
        code: status.UNAVAILABLE,
        details:
          'No connection established. Last error: Error: getaddrinfo ENOTFOUND collector. Resolution note: DNS failed',
      }),
    ).toBe('UNAVAILABLE: no connection (getaddrinfo ENOTFOUND collector); DNS failed');
    expect(describeGrpcFailure({ code: status.INTERNAL, details: 'boom' })).toBe('INTERNAL: boom');
  });
});
