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
import { ResourceConnector, awsCall, mapBounded, requiredField } from '@cloud-inventory/collector-kit';

export interface TrailDetails extends Trail {
  Name: string;
  TrailARN: string;
  Status: Omit<GetTrailStatusCommandOutput, '$metadata'>;
  EventSelectors?: EventSelector[];
  AdvancedEventSelectors?: AdvancedEventSelector[];
  Tags?: Tag[];
}

const trailsInFlight = 4;

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
    yield* mapBounded(own, trailsInFlight, (trail) => this.details(trail));
  }

  private async details(trail: Trail): Promise<TrailDetails> {
    const cloudtrail = this.client(CloudTrailClient);
    const TrailARN = requiredField(trail, 'TrailARN');
    const [status, selectors, tags] = await Promise.all([
      cloudtrail.send(new GetTrailStatusCommand({ Name: TrailARN })),
      cloudtrail.send(new GetEventSelectorsCommand({ TrailName: TrailARN })),
      cloudtrail.send(new ListTagsCommand({ ResourceIdList: [TrailARN] })),
    ]);
    const { $metadata: _status, ...statusFields } = status;
    const details: TrailDetails = { ...trail, Name: requiredField(trail, 'Name'), TrailARN, Status: statusFields };
    if (selectors.EventSelectors) details.EventSelectors = selectors.EventSelectors;
    if (selectors.AdvancedEventSelectors) details.AdvancedEventSelectors = selectors.AdvancedEventSelectors;
    const tagList = tags.ResourceTagList?.find((entry) => entry.ResourceId === TrailARN)?.TagsList;
    if (tagList) details.Tags = tagList;
    return details;
  }
}
