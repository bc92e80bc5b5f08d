import { describe, expect, it } from '@jest/globals';
import type { Origin } from '@aws-sdk/client-cloudfront';
import type { DistributionDetails } from './distributions.connector.js';
import { DistributionsManager } from './distributions.manager.js';
import { bucketOfOrigin } from './origin-hosts.js';

const scope = { partition: 'aws', account: '123456789012', region: 'global' };
const certificate = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-a000-0a1b2c3d4e5f';

const origin = (Id: string, DomainName: string): Origin => ({ Id, DomainName });
const balancer = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/ext-alb-3/0a1b2c3d4e5f6789';

function distribution(fields: Partial<DistributionDetails> = {}): DistributionDetails {
  return {
    Id: 'E2QWRUHAPOMQZL',
    ARN: 'arn:aws:cloudfront::123456789012:distribution/E2QWRUHAPOMQZL',
    Status: 'Deployed',
    LastModifiedTime: new Date('2025-03-04T05:06:07.000Z'),
    DomainName: 'd111111abcdef8.cloudfront.net',
    Aliases: { Quantity: 1, Items: ['www.example.com'] },
    Origins: {
      Quantity: 6,
      Items: [
        origin('site', 'assets.example.com.s3.amazonaws.com'),
        origin('eu', 'media.s3.eu-west-1.amazonaws.com'),
        origin('website', 'docs.s3-website-us-west-2.amazonaws.com'),
        origin('web', 'ext-alb-3-123456789.us-east-1.elb.amazonaws.com'),
        origin('api', 'a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com'),
        origin('lambda', 'abcdefghijklmnopqrstuvwxyz123456.lambda-url.us-east-1.on.aws'),
      ],
    },
    DefaultCacheBehavior: { TargetOriginId: 'site', ViewerProtocolPolicy: 'redirect-to-https' },
    CacheBehaviors: { Quantity: 0 },
    CustomErrorResponses: { Quantity: 0 },
    Comment: '',
    PriceClass: 'PriceClass_All',
    Enabled: true,
    ViewerCertificate: { ACMCertificateArn: certificate, SSLSupportMethod: 'sni-only', CertificateSource: 'acm' },
    Restrictions: { GeoRestriction: { RestrictionType: 'none', Quantity: 0 } },
    WebACLId: '',
    HttpVersion: 'http2',
    IsIPV6Enabled: true,
    Staging: false,
    // what the connector's DNS lookups found for the load balancer and API origins
    Targets: [
      { kind: 'elbv2', id: balancer, region: 'us-east-1' },
      { kind: 'rest-api', id: 'a1b2c3d4e5', region: 'eu-west-1' },
    ],
    ...fields,
  };
}

describe('CloudFront distributions', () => {
  it('route to the buckets their S3 origins name and to the load balancers and APIs found, and use their certificate', () => {
    const resource = new DistributionsManager().map(distribution(), scope);
    expect(resource).toMatchObject({
      uid: 'arn:aws:cloudfront::123456789012:distribution/E2QWRUHAPOMQZL',
      id: 'E2QWRUHAPOMQZL',
      region: 'global',
      updated_at: '2025-03-04T05:06:07.000Z',
    });
    expect(resource.relationships).toEqual([
      { type: 'routes_to', target_kind: 'aws_s3_bucket', target_uid: 'arn:aws:s3:::assets.example.com' },
      { type: 'routes_to', target_kind: 'aws_s3_bucket', target_uid: 'arn:aws:s3:::media' },
      { type: 'routes_to', target_kind: 'aws_s3_bucket', target_uid: 'arn:aws:s3:::docs' },
      { type: 'routes_to', target_kind: 'aws_elbv2_load_balancer', target_uid: balancer },
      {
        type: 'routes_to',
        target_kind: 'aws_apigateway_rest_api',
        target_uid: 'arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5',
      },
      { type: 'uses', target_kind: 'aws_acm_certificate', target_uid: certificate },
    ]);
    // every origin's domain stays in data, the load balancer's and the function URL's among them
    const data = JSON.parse(resource.data_json) as DistributionDetails;
    expect(data.Origins?.Items?.map((o) => o.DomainName)).toHaveLength(6);
    expect(data).not.toHaveProperty('Tags');
  });

  it('are named by their Name tag, else their first alias, else their CloudFront domain', () => {
    const manager = new DistributionsManager();
    const tagged = distribution({ Tags: [{ Key: 'Name', Value: 'storefront' }] });
    expect(manager.map(tagged, scope)).toMatchObject({ name: 'storefront', tags: { Name: 'storefront' } });
    expect(manager.map(distribution(), scope).name).toBe('www.example.com');
    const bare = distribution({ Aliases: { Quantity: 0 } });
    expect(manager.map(bare, scope).name).toBe('d111111abcdef8.cloudfront.net');
  });

  it('use no certificate edge with the default CloudFront certificate', () => {
    const resource = new DistributionsManager().map(
      distribution({
        ViewerCertificate: { CloudFrontDefaultCertificate: true },
        Origins: { Quantity: 0, Items: [] },
        Targets: [],
      }),
      scope,
    );
    expect(resource.relationships).toEqual([]);
  });
});

describe('origin host names', () => {
  it.each([
    ['my-bucket.s3.amazonaws.com', 'my-bucket'],
    ['my.dotted.bucket.s3.us-east-1.amazonaws.com', 'my.dotted.bucket'],
    ['legacy.s3-us-west-2.amazonaws.com', 'legacy'],
    ['site.s3-website-eu-west-1.amazonaws.com', 'site'],
    ['site.s3-website.eu-central-1.amazonaws.com', 'site'],
    ['dual.s3.dualstack.ap-southeast-2.amazonaws.com', 'dual'],
    ['china.s3.cn-north-1.amazonaws.com.cn', 'china'],
    ['gov.s3.us-gov-west-1.amazonaws.com', 'gov'],
  ])('%s is bucket %s', (domain, bucket) => {
    expect(bucketOfOrigin(domain)).toBe(bucket);
  });

  it.each([
    'my-ap-123456789012.s3-accesspoint.us-east-1.amazonaws.com',
    'abc123defg.execute-api.us-east-1.amazonaws.com',
    'ext-alb-3-123456789.us-east-1.elb.amazonaws.com',
    'origin.example.com',
    's3.amazonaws.com',
  ])('%s names no bucket', (domain) => {
    expect(bucketOfOrigin(domain)).toBeUndefined();
  });
});
