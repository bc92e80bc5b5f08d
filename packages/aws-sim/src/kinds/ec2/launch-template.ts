import type { LaunchTemplate, LaunchTemplateVersion, ResponseLaunchTemplateData } from '@aws-sdk/client-ec2';
import type { ScopeContext } from '../../world/scope-context.js';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { PAGE_200 } from './ec2-pages.js';
import { instanceKind } from './instance.js';
import { launchTemplateName, launchTemplateVersionNumbers, SALT_LAUNCH_TEMPLATE } from './launch-template-layout.js';

type TemplateFields =
  | 'LaunchTemplateId'
  | 'LaunchTemplateName'
  | 'CreateTime'
  | 'CreatedBy'
  | 'DefaultVersionNumber'
  | 'LatestVersionNumber';

export type SimLaunchTemplateVersion = Filled<
  LaunchTemplateVersion,
  | 'LaunchTemplateId'
  | 'LaunchTemplateName'
  | 'VersionNumber'
  | 'CreateTime'
  | 'CreatedBy'
  | 'DefaultVersion'
  | 'LaunchTemplateData'
>;

/** DescribeLaunchTemplates' template, and its versions, which DescribeLaunchTemplateVersions answers. */
export type SimLaunchTemplate = Tagged<Filled<LaunchTemplate, TemplateFields>> & {
  Versions: SimLaunchTemplateVersion[];
};

const INSTANCE_TYPES_BY_VERSION = ['t3.micro', 't3.small', 'm7i.large', 'c7g.large'];

/** What template t launches: the image, type, key pair and groups of instance t (defaults where there is none). */
function templateData(ctx: ScopeContext, index: number): ResponseLaunchTemplateData {
  if (index >= ctx.counts.instance) return { InstanceType: 't3.micro', MetadataOptions: { HttpTokens: 'required' } };
  const instance = instanceKind.generate(ctx, index);
  const data: ResponseLaunchTemplateData = {
    ImageId: instance.ImageId,
    InstanceType: instance.InstanceType,
    SecurityGroupIds: instance.SecurityGroups.map((group) => group.GroupId),
    MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 },
    TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'LaunchedBy', Value: launchTemplateName(index) }] }],
  };
  if (instance.KeyName !== undefined) data.KeyName = instance.KeyName;
  return data;
}

function versionsOf(ctx: ScopeContext, index: number, template: SimLaunchTemplate): SimLaunchTemplateVersion[] {
  const data = templateData(ctx, index);
  const versions: SimLaunchTemplateVersion[] = [];
  for (let number = 1; number <= template.LatestVersionNumber; number++) {
    const isDefault = number === template.DefaultVersionNumber;
    versions.push({
      LaunchTemplateId: template.LaunchTemplateId,
      LaunchTemplateName: template.LaunchTemplateName,
      VersionNumber: number,
      VersionDescription: number === 1 ? 'initial version' : `version ${number}`,
      CreateTime: new Date(template.CreateTime.getTime() + (number - 1) * 86_400_000),
      CreatedBy: template.CreatedBy,
      DefaultVersion: isDefault,
      // versions differ in their type; the default one launches exactly what its instance is
      LaunchTemplateData: isDefault
        ? data
        : { ...data, InstanceType: INSTANCE_TYPES_BY_VERSION[number % INSTANCE_TYPES_BY_VERSION.length] as never },
    });
  }
  return versions;
}

export const launchTemplateKind: KindSpec<'launchTemplate', SimLaunchTemplate> = {
  kind: 'launchTemplate',
  idField: 'LaunchTemplateId',
  ids: { prefix: 'lt-' },
  counts: { tiny: 1, small: 3, medium: 20, large: 80 },
  ownFields: ['Versions'],
  generate(ctx, index) {
    const numbers = launchTemplateVersionNumbers(ctx, index);
    const template: SimLaunchTemplate = {
      LaunchTemplateId: ctx.id('launchTemplate', index),
      LaunchTemplateName: launchTemplateName(index),
      CreateTime: ctx.date('2022-06-01T00:00:00Z', 500, ctx.hash(SALT_LAUNCH_TEMPLATE, index, 2)),
      CreatedBy: ctx.arn('iam', index % 2 === 0 ? 'user/admin' : 'role/deployer', { region: '' }),
      DefaultVersionNumber: numbers.default,
      LatestVersionNumber: numbers.latest,
      Tags: [environmentTag(ctx, SALT_LAUNCH_TEMPLATE, index)],
      Versions: [],
    };
    template.Versions = versionsOf(ctx, index, template);
    return template;
  },
  describe: {
    operation: 'DescribeLaunchTemplates',
    items: 'LaunchTemplates',
    ids: {
      member: 'LaunchTemplateIds',
      notFoundCode: 'InvalidLaunchTemplateId.NotFound',
      notFoundNoun: 'launch template ID',
    },
    pageLimits: PAGE_200,
    filters: {
      ...fieldFilters(['LaunchTemplateName']),
      'create-time': (r) => [r.CreateTime.toISOString()],
    },
    selectors: [
      {
        member: 'LaunchTemplateNames',
        valueOf: (r) => r.LaunchTemplateName,
        notFound: {
          code: 'InvalidLaunchTemplateName.NotFoundException',
          message: () => 'At least one of the launch templates specified in the request does not exist.',
        },
      },
    ],
  },
};
