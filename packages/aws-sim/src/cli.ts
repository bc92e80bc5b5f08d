import { parseArgs } from 'node:util';
import type { SimSize } from './options.js';
import { startAwsSimulator } from './simulator.js';

const SIZES: readonly SimSize[] = ['tiny', 'small', 'medium', 'large'];

/** `npm run aws-sim -- --port 4566 --seed 1 --size small`: runs the simulator until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4566' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string', default: '1' },
      size: { type: 'string', default: 'small' },
      accounts: { type: 'string', default: '2' },
      'org-accounts': { type: 'string', default: '0' },
      'org-account-size': { type: 'string', default: 'tiny' },
      'no-organization': { type: 'boolean', default: false },
      regions: { type: 'string' },
    },
  });
  const size = values.size as SimSize;
  if (!SIZES.includes(size)) throw new Error(`--size must be one of ${SIZES.join(', ')}`);
  const orgAccountSize = values['org-account-size'] as SimSize;
  if (!SIZES.includes(orgAccountSize)) throw new Error(`--org-account-size must be one of ${SIZES.join(', ')}`);
  const sim = await startAwsSimulator({
    port: Number(values.port),
    host: values.host,
    seed: Number(values.seed),
    size,
    accounts: Number(values.accounts),
    organization: !values['no-organization'],
    orgAccounts: Number(values['org-accounts']),
    orgAccountSize,
    ...(values.regions ? { regions: values.regions.split(',').map((r) => r.trim()) } : {}),
  });
  // printing the simulator's own test key pair is the point of this command
  const lines = [
    `aws-sim listening on ${sim.endpoint}`,
    `  AWS_ACCESS_KEY_ID=${sim.credentials.accessKeyId}`,
    `  AWS_SECRET_ACCESS_KEY=${sim.credentials.secretAccessKey}`,
    `  main account ${sim.mainAccountId}, regions ${sim.regions.join(', ')} (opt-in, not enabled: ${sim.optInRegions.join(', ')})`,
    ...sim.accounts.flatMap((account) =>
      account.roles.map(
        (role) => `  role ${role.arn}${role.externalId === undefined ? '' : ` (ExternalId ${role.externalId})`}`,
      ),
    ),
    ...(sim.organization
      ? [
          `  organization ${sim.organization.organization.Id}: ${sim.organization.accounts.length} accounts ` +
            `(${sim.organization.accounts.filter((account) => account.Status === 'SUSPENDED').length} suspended)`,
        ]
      : []),
    `  try: aws --endpoint-url ${sim.endpoint} --region ${sim.regions[0]} ec2 describe-instances`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = (): void => {
    void sim.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`aws-sim: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
