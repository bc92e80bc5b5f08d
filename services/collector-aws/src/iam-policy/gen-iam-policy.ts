// npm run gen:iam-policy: writes services/collector-aws/iam-policy.json from the registry's calls, and the README's
// IAM policy section from that file. iam-policy.test.ts fails while either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { collectorPolicy, policyFileText, policyPath, readmePath, readmeWithPolicy } from './policy-files.js';

const policyText = policyFileText(collectorPolicy());
writeFileSync(policyPath, policyText);
writeFileSync(readmePath, readmeWithPolicy(readFileSync(readmePath, 'utf8'), policyText));
process.stdout.write(`wrote ${policyPath} and the IAM policy section of ${readmePath}\n`);
