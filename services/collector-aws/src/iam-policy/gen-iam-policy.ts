// npm run gen:iam-policy: writes services/collector-aws/iam-policy.json from the registry's calls, the README's
// IAM policy section from that file and its list of kinds from the registry. iam-policy.test.ts fails while any is
// stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { kindsTable, readmeWithKinds } from './kinds-section.js';
import { collectorPolicy, policyFileText, policyPath, readmePath, readmeWithPolicy } from './policy-files.js';

const policyText = policyFileText(collectorPolicy());
writeFileSync(policyPath, policyText);
writeFileSync(
  readmePath,
  readmeWithKinds(readmeWithPolicy(readFileSync(readmePath, 'utf8'), policyText), kindsTable()),
);
process.stdout.write(`wrote ${policyPath}, and the IAM policy and kinds sections of ${readmePath}\n`);
