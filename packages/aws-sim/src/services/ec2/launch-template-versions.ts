import type { DescribeLaunchTemplateVersionsRequest, Filter } from '@aws-sdk/client-ec2';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimLaunchTemplate, SimLaunchTemplateVersion } from '../../kinds/ec2/launch-template.js';
import { PAGE_200 } from '../../kinds/ec2/ec2-pages.js';
import { pageOf } from '../../protocols/paging.js';
import { buildFilterPredicate, type FilterTable } from './filters.js';

const VERSION_FILTERS: FilterTable<SimLaunchTemplateVersion> = {
  'create-time': (v) => [v.CreateTime.toISOString()],
  'image-id': (v) => [v.LaunchTemplateData.ImageId],
  'instance-type': (v) => [v.LaunchTemplateData.InstanceType],
  'is-default-version': (v) => [v.DefaultVersion],
  'kernel-id': (v) => [v.LaunchTemplateData.KernelId],
  'ram-disk-id': (v) => [v.LaunchTemplateData.RamDiskId],
};

function invalid(message: string): AwsApiError {
  return new AwsApiError('InvalidParameterValue', message, 400);
}

function templateOf(templates: SimLaunchTemplate[], input: DescribeLaunchTemplateVersionsRequest): SimLaunchTemplate {
  const { LaunchTemplateId: id, LaunchTemplateName: name } = input;
  if (id !== undefined && name !== undefined) {
    throw new AwsApiError(
      'InvalidParameterCombination',
      'Specify either a launch template ID or a name, not both.',
      400,
    );
  }
  const found = templates.find((t) => (id !== undefined ? t.LaunchTemplateId === id : t.LaunchTemplateName === name));
  if (found) return found;
  throw id !== undefined
    ? new AwsApiError(
        'InvalidLaunchTemplateId.NotFound',
        `The specified launch template, with template ID ${id}, does not exist.`,
        400,
      )
    : new AwsApiError(
        'InvalidLaunchTemplateName.NotFoundException',
        `The specified launch template, with template name ${name}, does not exist.`,
        400,
      );
}

/** Whether a version is one the request names: `$Latest`, `$Default` or a number, within MinVersion..MaxVersion. */
function versionSelector(input: DescribeLaunchTemplateVersionsRequest, oneTemplate: boolean) {
  const wanted = input.Versions ?? [];
  for (const version of wanted) {
    const special = version === '$Latest' || version === '$Default';
    if (!special && (!oneTemplate || !/^\d+$/.test(version))) throw invalid(`The version '${version}' is not valid.`);
  }
  const min = input.MinVersion === undefined ? undefined : Number(input.MinVersion);
  const max = input.MaxVersion === undefined ? undefined : Number(input.MaxVersion);
  return (version: SimLaunchTemplateVersion, template: SimLaunchTemplate): boolean => {
    if (min !== undefined && version.VersionNumber < min) return false;
    if (max !== undefined && version.VersionNumber > max) return false;
    if (wanted.length === 0) return true;
    return wanted.some((w) =>
      w === '$Latest'
        ? version.VersionNumber === template.LatestVersionNumber
        : w === '$Default'
          ? version.DefaultVersion
          : Number(w) === version.VersionNumber,
    );
  };
}

/**
 * DescribeLaunchTemplateVersions: the versions of one template (by id or name), or, without one, the `$Latest` and
 * `$Default` versions of every template of the region (numbers then refused), in pages of up to 200.
 */
export function describeLaunchTemplateVersions(
  input: DescribeLaunchTemplateVersionsRequest,
  call: CallContext,
): Record<string, unknown> {
  const templates = [...call.world.collection('launchTemplate', call.identity.accountId, call.region).all()];
  const oneTemplate = input.LaunchTemplateId !== undefined || input.LaunchTemplateName !== undefined;
  if (!oneTemplate && (input.Versions ?? []).length === 0) {
    throw invalid('A launch template ID or name is required unless the versions are $Latest or $Default.');
  }
  const selected = versionSelector(input, oneTemplate);
  const from = oneTemplate ? [templateOf(templates, input)] : templates;
  const versions = from.flatMap((template) => template.Versions.filter((version) => selected(version, template)));
  const predicate = buildFilterPredicate(VERSION_FILTERS, input.Filters as Filter[] | undefined);
  return pageOf(
    versions,
    input as Record<string, unknown>,
    { items: 'LaunchTemplateVersions', limits: PAGE_200 },
    call,
    predicate,
  );
}
