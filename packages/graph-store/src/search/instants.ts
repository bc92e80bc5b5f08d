/**
 * The ISO-8601 forms a time literal compares with, and the instant each one names (the forms validateSearch accepts
 * in a time literal, parseIsoInstant):
 * - a date `2024-05-01`: midnight UTC;
 * - a date-time `2024-05-01T10:00`, with optional seconds (`:30`) and, after the seconds, an optional fraction of 1
 *   to 9 digits (`.123`), and an optional zone, `Z` or an offset `+02:00` / `-05:30` (hours to 23); no zone is UTC.
 * Nothing else is a time: no week or ordinal dates, no basic format (`20240501`, `+0200`), no lower-case `t`/`z`,
 * no space separator, no leap second, no day past the month's end.
 */
const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))?)?$/;

/** An instant as whole seconds since the epoch and nanoseconds within that second, compared exactly. */
export interface Instant {
  seconds: number;
  nanos: number;
}

export function parseInstant(text: string): Instant | undefined {
  const match = INSTANT_PATTERN.exec(text);
  if (match === null) return undefined;
  const [
    ,
    year,
    month,
    day,
    hour = '0',
    minute = '0',
    second = '0',
    fraction = '',
    ,
    sign,
    offsetHours,
    offsetMinutes,
  ] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  let offset = 0;
  if (sign !== undefined) {
    const hours = Number(offsetHours);
    const minutes = Number(offsetMinutes);
    if (minutes > 59 || hours > 23) return undefined;
    offset = (sign === '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
  }
  const seconds = daysFromCivil(y, m, d) * 86_400 + Number(hour) * 3600 + Number(minute) * 60 + Number(second) - offset;
  return { seconds, nanos: Number(fraction.padEnd(9, '0')) };
}

export function compareInstants(a: Instant, b: Instant): number {
  return a.seconds !== b.seconds ? a.seconds - b.seconds : a.nanos - b.nanos;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), for years 0000 to 9999. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
