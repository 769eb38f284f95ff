const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * `date` as the contract writes a date-time, to the second, in the time zone
 * `offsetMinutes` east of UTC: `2026-11-28T09:30:00+09:00`. The offset is
 * always ±HH:MM, because the contract refuses bare hours (`+09`).
 */
export function timestampAt(date: Date, offsetMinutes: number): string {
  const wallClock = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const size = Math.abs(offsetMinutes);
  return `${wallClock}${sign}${twoDigits(Math.floor(size / 60))}:${twoDigits(size % 60)}`;
}

/** `date` in this machine's time zone, with its offset. */
export function localTimestamp(date: Date): string {
  return timestampAt(date, -date.getTimezoneOffset());
}
