// Times as drafts write them: the clerk's own clock with its offset (design §3). Apart from
// file.ts so that the editor can stamp a step without loading the file's schema.

/** "2026-01-20T09:30:00+08:00": the clerk's own clock, as design §3 shows it. */
export function localIsoString(d: Date): string {
  const offset = -d.getTimezoneOffset();
  const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${local}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}
