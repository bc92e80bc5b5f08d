import { describe, expect, it } from '@jest/globals';
import type { Task__Output } from '@cloud-inventory/protocol';
import { parseConfig } from '../config/parse-config.js';
import { AccountIdentities } from './account-identities.js';
import { orphanInputsOf } from './orphan-sweep.js';

const id = '111111111111';

function task(region: string, kinds: string[]): Task__Output {
  return { task_id: `${region}:${kinds.join()}`, type: 'CLOUD_SERVICE', service: '', region, kinds, scope_regions: [] };
}

// One AWS account configured twice: one entry syncs eu-west-1, the other us-east-1 (say, through another collector).
const config = parseConfig({
  accounts: [
    { name: 'prod-eu', id, collector: '127.0.0.1:50051', regions: ['eu-west-1'] },
    { name: 'prod-us', id, collector: '127.0.0.1:50053', regions: ['us-east-1'] },
  ],
});
const [prodEu, prodUs] = config.accounts as [(typeof config.accounts)[0], (typeof config.accounts)[0]];
const euPlan = { accountId: id, tasks: [task('eu-west-1', ['aws_ec2_volume'])] };
const usPlan = { accountId: id, tasks: [task('us-east-1', ['aws_ec2_volume'])] };

function inputsOf(accounts: typeof config.accounts, plans: (typeof euPlan)[]) {
  return orphanInputsOf({
    config,
    identities: new AccountIdentities(config.accounts),
    accounts,
    outcomes: plans.map((plan) => ({ completeScopes: [], plan })),
    request: {},
  });
}

describe('orphanInputsOf', () => {
  it('takes no full plan of an account configured twice when the job planned only one of its entries', () => {
    expect(inputsOf([prodEu], [euPlan]).fullPlans).toEqual([]);
  });

  it('joins the plans of every entry of one account into one full plan', () => {
    expect(inputsOf([prodEu, prodUs], [euPlan, usPlan]).fullPlans).toEqual([
      { accountId: id, tasks: [...euPlan.tasks, ...usPlan.tasks] },
    ]);
  });

  it('takes no full plan from a sync narrowed to a region or a service', () => {
    const narrowed = orphanInputsOf({
      config,
      identities: new AccountIdentities(config.accounts),
      accounts: [prodEu, prodUs],
      outcomes: [euPlan, usPlan].map((plan) => ({ completeScopes: [], plan })),
      request: { regions: ['eu-west-1'] },
    });
    expect(narrowed.fullPlans).toEqual([]);
  });
});
