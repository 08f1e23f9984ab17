// Excel keeps a date-time as a day number on the reader's wall clock, without a time zone. The
// app records edit times in UTC (ISO 8601), so they are turned into the analyst's local time
// before they become a date cell. Intl instead of Date's local getters: the same code then also
// takes an explicit zone (tests, a caller that knows the analyst's zone).

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel day number (1900 date system). */
const UNIX_EPOCH_DAY = 25_569;

/**
 * A converter from an ISO 8601 time to Excel's day number on the wall clock of `timeZone`
 * (an IANA name such as "Europe/Amsterdam"; default: the zone of the machine running this).
 * It gives null for text that is no time.
 */
export function excelLocalDateTime(timeZone?: string): (iso: string) => number | null {
  const wallClock = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (iso) => {
    const instant = new Date(iso);
    if (Number.isNaN(instant.getTime())) return null;
    const part = Object.fromEntries(
      wallClock
        .formatToParts(instant)
        .filter((p) => p.type !== 'literal')
        .map((p) => [p.type, Number(p.value)]),
    ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
    // The wall-clock reading, counted as if it were UTC: that is what Excel's day number means.
    const local = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second, instant.getUTCMilliseconds());
    return local / MS_PER_DAY + UNIX_EPOCH_DAY;
  };
}
