import {
  CloudFrontClient,
  ListTagsForResourceCommand,
  paginateListDistributions,
  type DistributionSummary,
  type Tag,
} from '@aws-sdk/client-cloudfront';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';

/** A distribution as ListDistributions summarises it (origins, behaviors, certificate: all a graph needs), with its tags. */
export interface DistributionDetails extends DistributionSummary {
  Id: string;
  Tags?: Tag[];
}

// CloudFront has no batch tags call: ListTagsForResource takes one distribution's ARN.
const distributionsInFlight = 8;

export class DistributionsConnector extends ResourceConnector<DistributionDetails> {
  // CloudFront answers at most 100 distributions a page
  private readonly distributions = paginated(CloudFrontClient, paginateListDistributions, 'DistributionList.Items', {
    pageSize: 100,
  });
  readonly calls = [...this.distributions.calls(), awsCall(ListTagsForResourceCommand)];

  async *items(): AsyncIterable<DistributionDetails> {
    yield* mapBounded(this.distributions.items(this.context), distributionsInFlight, (summary) => this.tagged(summary));
  }

  private async tagged(summary: DistributionSummary): Promise<DistributionDetails> {
    const Id = requiredField(summary, 'Id');
    const Resource = requiredField(summary, 'ARN');
    const { Tags } = await this.client(CloudFrontClient).send(new ListTagsForResourceCommand({ Resource }));
    return { ...summary, Id, ...(Tags?.Items ? { Tags: Tags.Items } : {}) };
  }
}
