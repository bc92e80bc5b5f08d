import type { ScopeContext } from '../../world/scope-context.js';

export const SALT_LAUNCH_TEMPLATE = 45;

/** Template t has 1..4 versions; its default is the latest, or for one template in three the one before. */
export function launchTemplateVersionNumbers(ctx: ScopeContext, index: number): { latest: number; default: number } {
  const latest = 1 + (ctx.hash(SALT_LAUNCH_TEMPLATE, index, 1) % 4);
  return { latest, default: latest > 1 && index % 3 === 1 ? latest - 1 : latest };
}

/**
 * Instance i was launched from template i (its default version), for the first instances, two in three: a template's
 * data is that instance's image, type, key pair and security groups, so the two agree.
 */
export function instanceLaunchTemplate(ctx: ScopeContext, instanceIndex: number): number | undefined {
  return instanceIndex < ctx.counts.launchTemplate && instanceIndex % 3 !== 2 ? instanceIndex : undefined;
}

export const launchTemplateName = (index: number): string => `app-template-${index}`;
