import { CronExpressionParser } from 'cron-parser';

/** A validated cron expression that answers "when is the next run after this instant" (UTC). */
export interface CronSchedule {
  readonly expression: string;
  nextAfter(instant: Date): Date;
}

export function parseCronExpression(expression: string): CronSchedule {
  const fields = expression.trim().split(/\s+/);
  // cron-parser pads short expressions (it reads "0 * * *" as seconds-first), which would hide a missing field.
  if (!expression.trim().startsWith('@') && fields.length !== 5 && fields.length !== 6) {
    throw new Error(`expected 5 fields (or 6 with seconds), got ${fields.length}`);
  }
  CronExpressionParser.parse(expression, { tz: 'UTC' });
  return {
    expression,
    nextAfter(instant: Date): Date {
      return CronExpressionParser.parse(expression, { tz: 'UTC', currentDate: instant }).next().toDate();
    },
  };
}
