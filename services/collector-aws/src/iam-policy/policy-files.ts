import { leastPrivilegePolicy, type IamPolicy } from '@cloud-inventory/collector-kit';
import { fileURLToPath } from 'node:url';
import { registry } from '../registry.js';

/** The generated policy file and the README whose IAM section shows it. */
export const policyPath = fileURLToPath(new URL('../../iam-policy.json', import.meta.url));
export const readmePath = fileURLToPath(new URL('../../../../README.md', import.meta.url));

const begin =
  '<!-- iam-policy:begin (generated from services/collector-aws/iam-policy.json by npm run gen:iam-policy) -->';
const end = '<!-- iam-policy:end -->';

/** The least-privilege policy of the AWS collector's registry. */
export function collectorPolicy(): IamPolicy {
  return leastPrivilegePolicy(registry);
}

/** The policy as `iam-policy.json` holds it. */
export function policyFileText(policy: IamPolicy): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}

/** The README with its IAM section (between the markers) showing `policyText`; the README must have the markers. */
export function readmeWithPolicy(readme: string, policyText: string): string {
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no "${begin}" ... "${end}" section`);
  const section = `${begin}\n\n\`\`\`json\n${policyText}\`\`\`\n\n`;
  return readme.slice(0, from) + section + readme.slice(to);
}
