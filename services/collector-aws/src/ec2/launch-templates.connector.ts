import {
  DescribeKeyPairsCommand,
  EC2Client,
  paginateDescribeLaunchTemplates,
  paginateDescribeLaunchTemplateVersions,
  type LaunchTemplate,
  type LaunchTemplateVersion,
} from '@aws-sdk/client-ec2';
import { ResourceConnector, paginated, unpaginated, type AwsCall } from '@cloud-inventory/collector-kit';
import { groupedBy } from './joined-connector.js';

/**
 * A launch template, one resource whatever its versions, with its default version and, where it is another one, its
 * latest; the key pairs they name, by id (a version names its key pair by name).
 */
export interface LaunchTemplateDetails extends LaunchTemplate {
  DefaultVersion?: LaunchTemplateVersion;
  LatestVersion?: LaunchTemplateVersion;
  KeyPairIds?: string[];
}

const templates = paginated(EC2Client, paginateDescribeLaunchTemplates, 'LaunchTemplates', { pageSize: 200 });
// Without a template id, DescribeLaunchTemplateVersions answers the $Latest and $Default versions of every template.
const versions = paginated(EC2Client, paginateDescribeLaunchTemplateVersions, 'LaunchTemplateVersions', {
  input: { Versions: ['$Latest', '$Default'] },
  pageSize: 200,
});
const keyPairs = unpaginated(EC2Client, DescribeKeyPairsCommand, 'KeyPairs');

export class LaunchTemplatesConnector extends ResourceConnector<LaunchTemplateDetails> {
  readonly calls: readonly AwsCall[] = [templates, versions, keyPairs].flatMap((listing) => listing.calls());

  async *items(): AsyncIterable<LaunchTemplateDetails> {
    const versionsOf = await groupedBy(
      versions,
      this.context,
      (version) => version.LaunchTemplateId,
      (version) => version,
    );
    const keyPairIds = await groupedBy(
      keyPairs,
      this.context,
      (pair) => pair.KeyName,
      (pair) => pair.KeyPairId,
    );
    for await (const template of templates.items(this.context)) {
      const found = versionsOf.get(template.LaunchTemplateId ?? '') ?? [];
      const details: LaunchTemplateDetails = { ...template };
      const byDefault = found.find((version) => version.DefaultVersion === true);
      const latest = found.find((version) => version.VersionNumber === template.LatestVersionNumber);
      if (byDefault) details.DefaultVersion = byDefault;
      if (latest && latest !== byDefault) details.LatestVersion = latest;
      const keyNames = new Set([byDefault, latest].map((version) => version?.LaunchTemplateData?.KeyName));
      const ids = [...keyNames].flatMap((name) => keyPairIds.get(name ?? '') ?? []);
      if (ids.length > 0) details.KeyPairIds = ids.filter((id): id is string => id !== undefined);
      yield details;
    }
  }
}
