import { describe, expect, it } from '@jest/globals';
import { CertificatesManager } from './certificates.manager.js';

const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };
const elb = (path: string) => `arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/${path}`;

describe('ACM certificates', () => {
  it('are used by the ELBv2 load balancers (by ARN), classic ones (by name) and distributions of InUseBy', () => {
    const resource = new CertificatesManager().map(
      {
        CertificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-a000-0a1b2c3d4e5f',
        DomainName: 'shop.example.com',
        InUseBy: [
          elb('app/web/50dc6c495c0c9188'),
          elb('net/tls/60dc6c495c0c9188'),
          elb('legacy-web'),
          'arn:aws:cloudfront::123456789012:distribution/E2QWRUHAPOMQZL',
          // a resource of no collected kind: no edge
          'arn:aws:apigateway:eu-west-1::/domainnames/api.example.com',
        ],
      },
      scope,
    );
    expect(resource.relationships).toEqual([
      { type: 'used_by', target_kind: 'aws_elbv2_load_balancer', target_uid: elb('app/web/50dc6c495c0c9188') },
      { type: 'used_by', target_kind: 'aws_elbv2_load_balancer', target_uid: elb('net/tls/60dc6c495c0c9188') },
      { type: 'used_by', target_kind: 'aws_elb_load_balancer', target_uid: elb('legacy-web') },
      {
        type: 'used_by',
        target_kind: 'aws_cloudfront_distribution',
        target_uid: 'arn:aws:cloudfront::123456789012:distribution/E2QWRUHAPOMQZL',
      },
    ]);
  });
});
