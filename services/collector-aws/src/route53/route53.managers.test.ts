import { describe, expect, it } from '@jest/globals';
import { HostedZonesManager } from './hosted-zones.manager.js';
import { RecordSetsManager } from './record-sets.manager.js';
import { pointersOf } from '../dns/dns-pointers.js';

const scope = { partition: 'aws', account: '123456789012', region: 'global' };

describe('Route 53 hosted zones', () => {
  it('are named without the trailing dot and associate a private zone with each VPC in its own region', () => {
    const resource = new HostedZonesManager().map(
      {
        Id: '/hostedzone/Z0ABC',
        Name: 'internal.corp.',
        CallerReference: 'ref',
        Config: { PrivateZone: true },
        VPCs: [
          { VPCRegion: 'us-east-1', VPCId: 'vpc-0a' },
          { VPCRegion: 'eu-west-1', VPCId: 'vpc-0b' },
        ],
        Tags: [{ Key: 'Environment', Value: 'prod' }],
      },
      scope,
    );
    expect(resource).toMatchObject({ uid: 'arn:aws:route53:::hostedzone/Z0ABC', id: 'Z0ABC', name: 'internal.corp' });
    expect(resource.tags).toEqual({ Environment: 'prod' });
    expect(resource.relationships.map((edge) => [edge.type, edge.target_uid])).toEqual([
      ['associated_with', 'arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0a'],
      ['associated_with', 'arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-0b'],
    ]);
  });
});

describe('Route 53 record sets', () => {
  it('are named by name and type, identified with their set identifier, and point at their resolved targets', () => {
    const resource = new RecordSetsManager().map(
      {
        HostedZoneId: 'Z0ABC',
        Name: '\\052.example.com.',
        Type: 'A',
        SetIdentifier: 'blue',
        Weight: 70,
        AliasTarget: {
          HostedZoneId: 'Z35SXDOTRQ7X7K',
          DNSName: 'dualstack.web-1.us-east-1.elb.amazonaws.com.',
          EvaluateTargetHealth: true,
        },
        Targets: [
          {
            kind: 'elbv2',
            id: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0a1b',
            region: 'us-east-1',
          },
          { kind: 'elastic-ip', id: 'eipalloc-0a', region: 'eu-west-1' },
          { kind: 'cloudfront', id: 'E2QWRUHAPOMQZL', region: 'global' },
        ],
      },
      scope,
    );
    expect(resource).toMatchObject({
      uid: 'arn:aws:route53:::hostedzone/Z0ABC/recordset/*.example.com/A/blue',
      name: '*.example.com A',
    });
    expect(resource.relationships.map((edge) => [edge.type, edge.target_kind, edge.target_uid])).toEqual([
      ['belongs_to', 'aws_route53_hosted_zone', 'arn:aws:route53:::hostedzone/Z0ABC'],
      [
        'points_to',
        'aws_elbv2_load_balancer',
        'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0a1b',
      ],
      ['points_to', 'aws_ec2_elastic_ip', 'arn:aws:ec2:eu-west-1:123456789012:elastic-ip/eipalloc-0a'],
      ['points_to', 'aws_cloudfront_distribution', 'arn:aws:cloudfront::123456789012:distribution/E2QWRUHAPOMQZL'],
    ]);
    expect(JSON.parse(resource.data_json)).toMatchObject({
      Weight: 70,
      SetIdentifier: 'blue',
      AliasTarget: { EvaluateTargetHealth: true },
    });
  });

  it('read what a name points at from the name alone, whatever its case and prefix', () => {
    const pointers = (Type: string, values: string[], alias?: string) =>
      pointersOf({
        Name: 'www.example.com.',
        Type: Type as 'A',
        ...(alias ? { AliasTarget: { DNSName: alias, HostedZoneId: 'Z', EvaluateTargetHealth: false } } : {}),
        ResourceRecords: values.map((Value) => ({ Value })),
      });
    expect(pointers('A', [], 'DualStack.Web-1-123.EU-WEST-1.elb.amazonaws.com.')).toEqual([
      { to: 'load-balancer', region: 'eu-west-1', dnsName: 'web-1-123.eu-west-1.elb.amazonaws.com' },
    ]);
    expect(pointers('CNAME', ['net-0a1b2c3d4e5f6a7b.elb.us-east-2.amazonaws.com'])).toEqual([
      { to: 'load-balancer', region: 'us-east-2', dnsName: 'net-0a1b2c3d4e5f6a7b.elb.us-east-2.amazonaws.com' },
    ]);
    expect(pointers('A', [], 's3-website-us-east-1.amazonaws.com.')).toEqual([
      { to: 'website-bucket', region: 'us-east-1', bucket: 'www.example.com' },
    ]);
    expect(pointers('CNAME', ['assets.s3-website.eu-west-1.amazonaws.com'])).toEqual([
      { to: 'website-bucket', region: 'eu-west-1', bucket: 'assets' },
    ]);
    expect(pointers('A', [], 'd111111abcdef8.cloudfront.net.')).toEqual([
      { to: 'cloudfront', domain: 'd111111abcdef8.cloudfront.net' },
    ]);
    expect(pointers('CNAME', ['a1b2c3d4e5.execute-api.ap-south-1.amazonaws.com'])).toEqual([
      { to: 'api', apiId: 'a1b2c3d4e5', region: 'ap-south-1' },
    ]);
    // private, shared and reserved addresses are no account's public address; MX and TXT values point at nothing
    expect(pointers('A', ['54.1.2.3', '10.0.0.1', '172.20.0.1', '192.168.1.1', '100.64.0.1', '203.0.113.300'])).toEqual(
      [{ to: 'ip', ip: '54.1.2.3' }],
    );
    expect(pointers('MX', ['10 web-1-123.eu-west-1.elb.amazonaws.com'])).toEqual([]);
    expect(pointers('CNAME', ['www.example.org'])).toEqual([]);
  });
});
