import { describe, expect, it } from 'vitest';
import { autoBackupFileName, parseAutoBackupFileName, planRotation, type AutoBackupName } from '../../../../shared/backup';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2026-12-10T12:00:00.000Z');

function backupAt(ms: number): AutoBackupName {
  return parseAutoBackupFileName(autoBackupFileName(new Date(ms), 'interval'))!;
}

describe('auto backup file names', () => {
  it('carry their moment and reason, and parse back', () => {
    const name = autoBackupFileName(new Date('2026-12-03T20:33:21.123Z'), 'before-restore');
    expect(name).toBe('vakwerk-20261203-203321-123Z-before-restore.vakwerk');
    expect(parseAutoBackupFileName(name)).toEqual({ fileName: name, createdAt: Date.parse('2026-12-03T20:33:21.123Z'), reason: 'before-restore' });
  });

  it('do not match other files in the folder, which rotation therefore never removes', () => {
    for (const other of ['notities.txt', 'vakwerk-20261203-203321-123Z-interval.vakwerk.tmp', '.vakwerk-20261203-203321-123Z-interval.vakwerk.1.tmp', 'vakwerk-20261303-203321-123Z-interval.vakwerk', 'vakwerk-20261203-203321-123Z-iets.vakwerk']) {
      expect(parseAutoBackupFileName(other)).toBeNull();
    }
  });
});

describe('planRotation', () => {
  it('keeps everything while there are at most 10', () => {
    const backups = Array.from({ length: 10 }, (_, i) => backupAt(now.getTime() - i * 15 * 60_000));
    expect(planRotation(backups, now).remove).toEqual([]);
  });

  it('keeps the 10 most recent of one busy day and removes older ones of that day', () => {
    const backups = Array.from({ length: 25 }, (_, i) => backupAt(now.getTime() - i * 15 * 60_000));
    const { keep, remove } = planRotation(backups, now);
    expect(keep).toEqual(backups.slice(0, 10));
    expect(remove).toHaveLength(15);
  });

  it('keeps the newest of each of the last 7 days besides the 10 recent, and nothing older', () => {
    const recent = Array.from({ length: 12 }, (_, i) => backupAt(now.getTime() - i * 10 * 60_000));
    // Two backups a day, at 09:00 and 15:00, for the 10 days before today.
    const earlier = Array.from({ length: 10 }, (_, d) => [backupAt(now.getTime() - (d + 1) * DAY + 3 * HOUR), backupAt(now.getTime() - (d + 1) * DAY - 3 * HOUR)]).flat();
    const { keep, remove } = planRotation([...earlier, ...recent], now);
    const dailyKept = earlier.filter((b) => keep.includes(b));
    // Today counts as one of the 7 days (covered by the recent ones): 6 earlier days, the later backup of each.
    expect(dailyKept).toEqual(Array.from({ length: 6 }, (_, d) => earlier[d * 2]));
    expect(keep).toHaveLength(10 + 6);
    expect(remove).toHaveLength(earlier.length + recent.length - keep.length);
  });

  it('counts days in the teacher’s time zone', () => {
    // 23:30 UTC on 8 Dec is 00:30 on 9 Dec in Amsterdam (UTC+1): with the offset it belongs to the 9th.
    const late = backupAt(Date.parse('2026-12-08T23:30:00Z'));
    const morning = backupAt(Date.parse('2026-12-09T08:00:00Z'));
    const filler = Array.from({ length: 10 }, (_, i) => backupAt(now.getTime() - i * 60_000));
    expect(planRotation([late, morning, ...filler], now, { recent: 10, daily: 7, utcOffsetMinutes: 0 }).keep).toEqual(expect.arrayContaining([late, morning]));
    expect(planRotation([late, morning, ...filler], now, { recent: 10, daily: 7, utcOffsetMinutes: 60 }).remove).toEqual([late]);
  });

  it('keeps a backup from the future (a wrong clock) as today’s', () => {
    const future = backupAt(now.getTime() + 30 * DAY);
    expect(planRotation([future], now).keep).toEqual([future]);
  });
});
