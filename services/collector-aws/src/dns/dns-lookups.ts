import { APIGatewayClient, GetRestApisCommand, paginateGetRestApis } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, GetApisCommand } from '@aws-sdk/client-apigatewayv2';
import { CloudFrontClient, ListDistributionsCommand, paginateListDistributions } from '@aws-sdk/client-cloudfront';
import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  EC2Client,
  paginateDescribeInstances,
} from '@aws-sdk/client-ec2';
import {
  DescribeLoadBalancersCommand as DescribeClassicLoadBalancersCommand,
  ElasticLoadBalancingClient,
  paginateDescribeLoadBalancers as paginateDescribeClassicLoadBalancers,
} from '@aws-sdk/client-elastic-load-balancing';
import {
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeLoadBalancers,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { awsCall, inBatches, summarizeAwsError, type ConnectorContext } from '@cloud-inventory/collector-kit';
import { listEnabledRegions } from '../account/enabled-regions.js';
import { elbv2Call } from '../elbv2/elbv2-calls.js';
import { normalDnsName } from './dns-pointers.js';

/** What a listing shows, by the key a record names it by (a DNS name, an address, an id); undefined: it failed. */
export type Shown = ReadonlyMap<string, string> | undefined;

/** The calls the lookups make, for the least-privilege policy (API Gateway authorizes every read as `apigateway:GET`). */
export const DNS_LOOKUP_CALLS = [
  awsCall(DescribeRegionsCommand),
  elbv2Call(DescribeLoadBalancersCommand),
  awsCall(DescribeClassicLoadBalancersCommand, 'elasticloadbalancing:DescribeLoadBalancers'),
  awsCall(DescribeAddressesCommand),
  awsCall(DescribeInstancesCommand),
  awsCall(ListDistributionsCommand),
  awsCall(GetRestApisCommand, 'apigateway:GET'),
  awsCall(GetApisCommand, 'apigateway:GET'),
  awsCall(HeadBucketCommand, 's3:ListBucket'),
];

/** EC2 takes up to 200 values a filter. */
const FILTER_VALUES = 200;

/**
 * The listings that turn names into resources, each asked only for what records name. A listing that fails (access
 * denied, a service the region does not offer, an API an endpoint lacks) shows nothing either way: its records'
 * targets stay unknown, never dangling, and the failure is logged.
 */
export class DnsLookups {
  constructor(private readonly context: ConnectorContext) {}

  /** ELBv2 load balancers of a region: DNS name -> ARN. */
  elbv2LoadBalancers(region: string): Promise<Shown> {
    return this.attempt(`elbv2 DescribeLoadBalancers in ${region}`, async () => {
      const client = this.context.client(ElasticLoadBalancingV2Client, region);
      const shown = new Map<string, string>();
      for await (const page of paginateDescribeLoadBalancers({ client, pageSize: 400 }, {})) {
        for (const lb of page.LoadBalancers ?? []) {
          if (lb.DNSName && lb.LoadBalancerArn) shown.set(normalDnsName(lb.DNSName), lb.LoadBalancerArn);
        }
      }
      return shown;
    });
  }

  /** Classic load balancers of a region: DNS name -> name. */
  classicLoadBalancers(region: string): Promise<Shown> {
    return this.attempt(`elb DescribeLoadBalancers in ${region}`, async () => {
      const client = this.context.client(ElasticLoadBalancingClient, region);
      const shown = new Map<string, string>();
      for await (const page of paginateDescribeClassicLoadBalancers({ client, pageSize: 400 }, {})) {
        for (const lb of page.LoadBalancerDescriptions ?? []) {
          if (lb.DNSName && lb.LoadBalancerName) shown.set(normalDnsName(lb.DNSName), lb.LoadBalancerName);
        }
      }
      return shown;
    });
  }

  /** The account's enabled regions, where an address may be. */
  enabledRegions(): Promise<string[] | undefined> {
    return this.attempt('DescribeRegions', () => listEnabledRegions(this.context));
  }

  /** Elastic IPs of a region holding one of `ips`: address -> allocation id. */
  elasticIps(region: string, ips: readonly string[]): Promise<Shown> {
    return this.attempt(`DescribeAddresses in ${region}`, async () => {
      const client = this.context.client(EC2Client, region);
      const shown = new Map<string, string>();
      for await (const Values of inBatches(ips, FILTER_VALUES)) {
        const { Addresses = [] } = await client.send(
          new DescribeAddressesCommand({ Filters: [{ Name: 'public-ip', Values }] }),
        );
        for (const address of Addresses) {
          if (address.PublicIp && address.AllocationId) shown.set(address.PublicIp, address.AllocationId);
        }
      }
      return shown;
    });
  }

  /** Instances of a region whose public address is one of `ips`: address -> instance id. */
  instances(region: string, ips: readonly string[]): Promise<Shown> {
    return this.attempt(`DescribeInstances in ${region}`, async () => {
      const client = this.context.client(EC2Client, region);
      const shown = new Map<string, string>();
      for await (const Values of inBatches(ips, FILTER_VALUES)) {
        const input = { Filters: [{ Name: 'ip-address', Values }] };
        for await (const page of paginateDescribeInstances({ client, pageSize: 1000 }, input)) {
          for (const instance of (page.Reservations ?? []).flatMap((reservation) => reservation.Instances ?? [])) {
            if (instance.PublicIpAddress && instance.InstanceId)
              shown.set(instance.PublicIpAddress, instance.InstanceId);
          }
        }
      }
      return shown;
    });
  }

  /** CloudFront distributions: domain name (`d111111abcdef8.cloudfront.net`) -> id. */
  distributions(): Promise<Shown> {
    return this.attempt('ListDistributions', async () => {
      const client = this.context.client(CloudFrontClient, 'us-east-1');
      const shown = new Map<string, string>();
      for await (const page of paginateListDistributions({ client, pageSize: 1000 }, {})) {
        for (const distribution of page.DistributionList?.Items ?? []) {
          if (distribution.DomainName && distribution.Id) {
            shown.set(normalDnsName(distribution.DomainName), distribution.Id);
          }
        }
      }
      return shown;
    });
  }

  /** API Gateway REST APIs of a region: id -> id. */
  restApis(region: string): Promise<Shown> {
    return this.attempt(`GetRestApis in ${region}`, async () => {
      const client = this.context.client(APIGatewayClient, region);
      const shown = new Map<string, string>();
      for await (const page of paginateGetRestApis({ client, pageSize: 500 }, {})) {
        for (const api of page.items ?? []) if (api.id) shown.set(api.id, api.id);
      }
      return shown;
    });
  }

  /** API Gateway HTTP and WebSocket APIs of a region: id -> id (GetApis has no SDK paginator). */
  httpApis(region: string): Promise<Shown> {
    return this.attempt(`GetApis in ${region}`, async () => {
      const client = this.context.client(ApiGatewayV2Client, region);
      const shown = new Map<string, string>();
      let NextToken: string | undefined;
      do {
        const page = await client.send(new GetApisCommand({ MaxResults: '500', ...(NextToken ? { NextToken } : {}) }));
        for (const api of page.Items ?? []) if (api.ApiId) shown.set(api.ApiId, api.ApiId);
        NextToken = page.NextToken;
      } while (NextToken);
      return shown;
    });
  }

  /** Whether a bucket exists (HeadBucket): S3's 404 says no bucket has that name; 403 is another owner's, or denied. */
  async bucketExists(bucket: string, region: string): Promise<boolean | undefined> {
    try {
      await this.context.client(S3Client, region).send(new HeadBucketCommand({ Bucket: bucket }));
      return true;
    } catch (error) {
      const { name, httpStatus } = summarizeAwsError(error);
      // documented answers: 404 (NotFound / NoSuchBucket) no such bucket; 301 it lives in another region
      if (httpStatus === 404 || name === 'NotFound' || name === 'NoSuchBucket') return false;
      if (httpStatus === 301) return true;
      this.logFailure(`HeadBucket ${bucket}`, error);
      return undefined;
    }
  }

  /** A listing's answer, or undefined when it failed: the one place a lookup's failure becomes "unknown". */
  private async attempt<Value>(what: string, list: () => Promise<Value>): Promise<Value | undefined> {
    try {
      return await list();
    } catch (error) {
      this.logFailure(what, error);
      return undefined;
    }
  }

  private logFailure(what: string, error: unknown): void {
    this.context.log.warn(
      { lookup: what, error: summarizeAwsError(error) },
      'DNS target lookup failed; targets left unknown',
    );
  }
}
