/**
 * A recorded instant as the user's desk shows it: "2026-09-30 14:05" in a given IANA time zone. The zone
 * is passed in by the front end (the engine reads no clock and no setting of the machine), so the same
 * history gives the same text everywhere for the same zone.
 */

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  const known = FORMATTERS.get(timeZone);
  if (known) return known;
  try {
    const f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    FORMATTERS.set(timeZone, f);
    return f;
  } catch {
    return null; // not a time zone this runtime knows
  }
}

/**
 * A time zone: an IANA name ("Asia/Shanghai"), or the offset from UTC in minutes at each instant, as a
 * front end that knows its machine's zone gives it (the command line: no locale data to load for it).
 */
export type TimeZone = string | { readonly offsetMinutes: (ms: number) => number };

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * "2026-09-30T06:05:00.000Z" in Asia/Shanghai → "2026-09-30 14:05". Text that is not an ISO date-time,
 * or a zone the runtime does not know (then UTC is used), never fails: unreadable text comes back as it is.
 */
export function localDateTime(iso: string, timeZone: TimeZone): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return iso;
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  if (typeof timeZone !== 'string') {
    const d = new Date(ms + timeZone.offsetMinutes(ms) * 60_000);
    if (!Number.isFinite(d.getTime())) return iso;
    return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  }
  const f = formatterFor(timeZone) ?? formatterFor('UTC');
  if (!f) return iso;
  const part = (parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  const parts = f.formatToParts(new Date(ms));
  return `${part(parts, 'year')}-${part(parts, 'month')}-${part(parts, 'day')} ${part(parts, 'hour')}:${part(parts, 'minute')}`;
}
