import {
  CloudFrontClient,
  ListTagsForResourceCommand,
  paginateListDistributions,
  type DistributionSummary,
  type Tag,
} from '@aws-sdk/client-cloudfront';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';
import { DNS_LOOKUP_CALLS } from '../dns/dns-lookups.js';
import { resolveDnsNames, type DnsResolution } from '../dns/dns-targets.js';
import { bucketOfOrigin } from './origin-hosts.js';

/**
 * A distribution as ListDistributions summarises it (origins, behaviors, certificate: all a graph needs), with its
 * tags and what its origins other than buckets resolved to (load balancers, API Gateway APIs; dns/dns-targets.ts).
 */
export interface DistributionDetails extends DistributionSummary, DnsResolution {
  Id: string;
  Tags?: Tag[];
}

/** A listed distribution with its tags, before its origins are resolved. */
type TaggedDistribution = DistributionSummary & { Id: string; Tags?: Tag[] };

/** The origin domains a bucket's endpoint does not name: those the DNS resolver looks up. */
function resolvableOrigins(distribution: DistributionSummary): string[] {
  return (distribution.Origins?.Items ?? []).flatMap((origin) =>
    origin.DomainName === undefined || bucketOfOrigin(origin.DomainName) !== undefined ? [] : [origin.DomainName],
  );
}

// CloudFront has no batch tags call: ListTagsForResource takes one distribution's ARN.
const distributionsInFlight = 8;

export class DistributionsConnector extends ResourceConnector<DistributionDetails> {
  // CloudFront answers at most 100 distributions a page
  private readonly distributions = paginated(CloudFrontClient, paginateListDistributions, 'DistributionList.Items', {
    pageSize: 100,
  });
  readonly calls = [...this.distributions.calls(), awsCall(ListTagsForResourceCommand), ...DNS_LOOKUP_CALLS];

  /** The origins are resolved once all distributions are listed, each lookup made once for all of them. */
  async *items(): AsyncIterable<DistributionDetails> {
    const distributions: TaggedDistribution[] = [];
    const tagged = mapBounded(this.distributions.items(this.context), distributionsInFlight, (summary) =>
      this.tagged(summary),
    );
    for await (const distribution of tagged) distributions.push(distribution);
    const resolutions = await resolveDnsNames(this.context, distributions.map(resolvableOrigins));
    yield* distributions.map((distribution, index) => ({ ...distribution, ...(resolutions[index] as DnsResolution) }));
  }

  private async tagged(summary: DistributionSummary): Promise<TaggedDistribution> {
    const Id = requiredField(summary, 'Id');
    const Resource = requiredField(summary, 'ARN');
    const { Tags } = await this.client(CloudFrontClient).send(new ListTagsForResourceCommand({ Resource }));
    return { ...summary, Id, ...(Tags?.Items ? { Tags: Tags.Items } : {}) };
  }
}
