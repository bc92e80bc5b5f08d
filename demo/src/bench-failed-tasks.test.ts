import { describe, expect, it } from '@jest/globals';
import { failuresInLog } from '../bench/failed-tasks.js';

const line = (fields: Record<string, unknown>) => JSON.stringify({ time: 1, pid: 2, ...fields });

describe("the bench's reasons for a failed sync", () => {
  it('are the warnings and errors of the log, each distinct one once, without control characters', () => {
    const log = [
      'not json',
      line({ level: 30, msg: 'task finished', taskId: 'ec2:us-east-1' }),
      line({
        level: 40,
        msg: 'task failed',
        taskId: 'route53:global',
        kind: 'aws_route53_record_set',
        error: 'boom\u001b[31m',
      }),
      line({
        level: 40,
        msg: 'task failed',
        taskId: 'route53:global',
        kind: 'aws_route53_record_set',
        error: 'boom\u001b[31m',
      }),
      line({ level: 50, msg: 'sync failed', error: 'deadline' }),
      line({
        level: 50,
        msg: 'scope failed, kept out of cleanup',
        kind: 'aws_ec2_key_pair',
        errorCode: 'Error',
        reason: 'worker failed: out of memory',
      }),
      '{"level": 50, truncated',
    ].join('\n');
    expect(failuresInLog(log)).toEqual([
      'task failed | route53:global | aws_route53_record_set | boom [31m',
      'sync failed | deadline',
      'scope failed, kept out of cleanup | aws_ec2_key_pair | Error | worker failed: out of memory',
    ]);
  });

  it('are at most ten', () => {
    const log = Array.from({ length: 30 }, (_, n) => line({ level: 40, msg: `failure ${n}` })).join('\n');
    expect(failuresInLog(log)).toHaveLength(10);
  });
});
