import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListTagsCommand,
  type AdvancedEventSelector,
  type EventSelector,
  type GetTrailStatusCommandOutput,
  type Tag,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import { ResourceConnector, awsCall, mapBounded, mapInBatches, requiredField } from '@cloud-inventory/collector-kit';

export interface TrailDetails extends Trail {
  Name: string;
  TrailARN: string;
  Status: Omit<GetTrailStatusCommandOutput, '$metadata'>;
  EventSelectors?: EventSelector[];
  AdvancedEventSelectors?: AdvancedEventSelector[];
  Tags?: Tag[];
}

const trailsInFlight = 4;
// ListTags takes at most 20 trail ARNs, all of the region it is asked in.
const tagBatches = { batchSize: 20, inFlight: 2 };

export class TrailsConnector extends ResourceConnector<TrailDetails> {
  readonly calls = [DescribeTrailsCommand, GetTrailStatusCommand, GetEventSelectorsCommand, ListTagsCommand].map(
    (command) => awsCall(command),
  );

  async *items(): AsyncIterable<TrailDetails> {
    // DescribeTrails has no pagination. A multi-region trail shows in every region; it is emitted only from its
    // home region, so its uid lives in exactly one scope.
    const output = await this.client(CloudTrailClient).send(new DescribeTrailsCommand({ includeShadowTrails: true }));
    const own = (output.trailList ?? []).filter(
      (trail) => !trail.HomeRegion || trail.HomeRegion === this.context.region,
    );
    const tags = await this.tagsOf(own.map((trail) => requiredField(trail, 'TrailARN')));
    yield* mapBounded(own, trailsInFlight, (trail) => this.details(trail, tags));
  }

  private async tagsOf(arns: string[]): Promise<Map<string, Tag[] | undefined>> {
    const cloudtrail = this.client(CloudTrailClient);
    const tagged = mapInBatches(arns, tagBatches, async (ResourceIdList) => {
      const output = await cloudtrail.send(new ListTagsCommand({ ResourceIdList }));
      const byArn = new Map(output.ResourceTagList?.map((entry) => [entry.ResourceId, entry.TagsList]));
      return ResourceIdList.map((arn) => [arn, byArn.get(arn)] as const);
    });
    const tags = new Map<string, Tag[] | undefined>();
    for await (const [arn, tagList] of tagged) tags.set(arn, tagList);
    return tags;
  }

  private async details(trail: Trail, tags: Map<string, Tag[] | undefined>): Promise<TrailDetails> {
    const cloudtrail = this.client(CloudTrailClient);
    const TrailARN = requiredField(trail, 'TrailARN');
    const [status, selectors] = await Promise.all([
      cloudtrail.send(new GetTrailStatusCommand({ Name: TrailARN })),
      cloudtrail.send(new GetEventSelectorsCommand({ TrailName: TrailARN })),
    ]);
    const { $metadata: _status, ...statusFields } = status;
    const details: TrailDetails = { ...trail, Name: requiredField(trail, 'Name'), TrailARN, Status: statusFields };
    if (selectors.EventSelectors) details.EventSelectors = selectors.EventSelectors;
    if (selectors.AdvancedEventSelectors) details.AdvancedEventSelectors = selectors.AdvancedEventSelectors;
    const tagList = tags.get(TrailARN);
    if (tagList) details.Tags = tagList;
    return details;
  }
}
