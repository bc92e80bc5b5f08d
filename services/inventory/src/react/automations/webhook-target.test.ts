import { describe, expect, it } from '@jest/globals';
import { InvalidArgumentError, type ReactApi } from '@cloud-inventory/protocol';
import { automationFromApi } from '../api/automation-from-api.js';
import { webhookUrlProblem } from './webhook-target.js';

const privateOff = { allowPrivateNetworks: false };
const privateOn = { allowPrivateNetworks: true };

describe('webhookUrlProblem (at creation)', () => {
  it.each([
    'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
    'http://2852039166/',
    'http://0xa9fea9fe/',
    'http://0251.0376.0251.0376/',
    'http://169.254.43518/',
    'http://[::ffff:169.254.169.254]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[fd00:ec2::254]/latest/meta-data/',
    'http://[fe80::a9fe:a9fe]/',
    'http://100.100.100.200/latest/meta-data/',
    'http://0.0.0.0:8080/',
    'http://0/',
    'http://[::]/',
    'https://user@169.254.169.254/',
  ])('refuses %s even with private networks allowed', (url) => {
    expect(webhookUrlProblem(url, privateOn)).toMatch(/never allowed$/);
  });

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://127.1/',
    'http://2130706433/',
    'http://[::1]:9000/',
    'http://localhost:8080/',
    'http://LOCALHOST./',
    'http://hooks.localhost/',
    'http://10.0.0.5/',
    'http://172.16.3.4/',
    'http://192.168.0.10/',
    'http://100.64.1.1/',
    'http://[fc00::5]/',
    'http://[::ffff:192.168.0.1]/',
  ])('refuses %s unless private networks are allowed', (url) => {
    expect(webhookUrlProblem(url, privateOff)).toMatch(/allowed only with react\.webhook\.allowPrivateNetworks/);
    expect(webhookUrlProblem(url, privateOn)).toBeUndefined();
  });

  it('leaves other host names to the check at delivery, after resolution', () => {
    expect(webhookUrlProblem('https://hooks.example.com/new?token=x', privateOff)).toBeUndefined();
    expect(webhookUrlProblem('http://metadata.google.internal/', privateOff)).toBeUndefined();
  });

  it('refuses an automation created over the API with a loopback webhook, naming the field', () => {
    const automation: ReactApi.Automation__Output = {
      name: 'to-loopback',
      trigger: 'event',
      event: { event: 'AUTOMATION_EVENT_SYNC_FINISHED' },
      filter: null,
      query: '',
      action: 'webhook',
      webhook: { url: 'http://127.0.0.1:9000/hook' },
      source: '',
      next_run_at: '',
    };
    const refusal = (() => {
      try {
        automationFromApi(automation, privateOff);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(InvalidArgumentError);
    expect(refusal).toMatchObject({ field: 'automation.webhook.url' });
    expect(automationFromApi(automation, privateOn).action).toEqual({
      type: 'webhook',
      url: 'http://127.0.0.1:9000/hook',
    });
  });
});
