/**
 * ISO-8601 instants as search literals and text values write them: a date (`2024-05-01`, midnight UTC) or a
 * date-time (`2024-05-01T10:00`, `…T10:00:00Z`, `…T10:00:00.123+02:00`; no zone: UTC). Date.parse is not used
 * because it reads a date-time without zone as local time and accepts many other forms.
 */
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Milliseconds since the epoch, or undefined when `text` is not such an instant (or names no real date). */
export function parseIsoInstant(text: string): number | undefined {
  const match = ISO_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const fraction = match[7] ?? '';
  const zone = match[8] ?? 'Z';
  const offset = zoneOffsetMinutes(zone);
  if (month! < 1 || month! > 12 || hour! > 23 || minute! > 59 || second! > 59 || offset === undefined) return undefined;
  // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999
  const date = new Date(0);
  date.setUTCFullYear(year!, month! - 1, day!);
  if (date.getUTCDate() !== day) return undefined;
  date.setUTCHours(hour!, minute!, second!, Number(fraction.padEnd(3, '0').slice(0, 3)));
  return date.getTime() - offset * 60_000;
}

function zoneOffsetMinutes(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/** The canonical form stores compare: `2024-05-01T08:00:00.000Z`. */
export function canonicalInstant(text: string): string | undefined {
  const instant = parseIsoInstant(text);
  return instant === undefined ? undefined : new Date(instant).toISOString();
}
