import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The real file system, with open and rename wrapped so tests can observe and break them.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, open: vi.fn(actual.open), rename: vi.fn(actual.rename) };
});
const fsPromises = await import('node:fs/promises');
const open = vi.mocked(fsPromises.open);
const rename = vi.mocked(fsPromises.rename);
const actual = await vi.importActual<typeof FsPromises>('node:fs/promises');
const { writeFileAtomically } = await import('../../../electron/atomic-write');

let dir: string;
const realPlatform = process.platform;

function setPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vakwerk-atomic-'));
  open.mockClear();
  rename.mockClear();
});
afterEach(() => {
  setPlatform(realPlatform);
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('writes exactly the given bytes and leaves no temporary file', async () => {
    const target = path.join(dir, 'backup.vakwerk');
    const data = new Uint8Array(randomBytes(1024 * 1024 + 7));
    await writeFileAtomically(target, data);
    // Buffer.compare rather than toEqual: a deep diff of a megabyte takes seconds.
    expect(Buffer.compare(readFileSync(target), data)).toBe(0);
    expect(readdirSync(dir)).toEqual(['backup.vakwerk']);
  });

  it('writes to a temp file in the same folder, fsyncs it, then renames it over the target', async () => {
    const target = path.join(dir, 'export.csv');
    writeFileSync(target, 'oude inhoud die langer is dan de nieuwe');
    const data = new TextEncoder().encode('nieuw');

    let seenAtRename: { tempContent: string; targetContent: string } | undefined;
    rename.mockImplementationOnce(async (from, to) => {
      seenAtRename = { tempContent: readFileSync(from, 'utf8'), targetContent: readFileSync(to, 'utf8') };
      return actual.rename(from, to);
    });
    await writeFileAtomically(target, data);

    expect(rename).toHaveBeenCalledOnce();
    const [from, to] = rename.mock.calls[0]! as [string, string];
    expect(to).toBe(target);
    expect(path.dirname(from)).toBe(dir);
    expect(path.basename(from)).toMatch(/^\.export\.csv\..+\.tmp$/);
    // At the moment of the rename the new bytes were complete on disk and the old file intact.
    expect(seenAtRename).toEqual({ tempContent: 'nieuw', targetContent: 'oude inhoud die langer is dan de nieuwe' });
    expect(readFileSync(target, 'utf8')).toBe('nieuw');
    expect(readdirSync(dir)).toEqual(['export.csv']);
  });

  it('fsyncs the temp file before renaming it', async () => {
    const order: string[] = [];
    open.mockImplementationOnce(async (...args: Parameters<typeof fsPromises.open>) => {
      const handle = await actual.open(...args);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        order.push('sync');
        return sync();
      };
      return handle;
    });
    rename.mockImplementationOnce(async (from, to) => {
      order.push('rename');
      return actual.rename(from, to);
    });
    await writeFileAtomically(path.join(dir, 'a.pdf'), new Uint8Array([1, 2, 3]));
    expect(order).toEqual(['sync', 'rename']);
  });

  it('leaves the old file intact and no temp file when writing fails', async () => {
    const target = path.join(dir, 'cijfers.csv');
    writeFileSync(target, 'origineel');
    open.mockImplementationOnce(async (...args: Parameters<typeof fsPromises.open>) => {
      const handle = await actual.open(...args);
      handle.writeFile = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
      return handle;
    });
    await expect(writeFileAtomically(target, new Uint8Array([1]))).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(target, 'utf8')).toBe('origineel');
    expect(readdirSync(dir)).toEqual(['cijfers.csv']);
  });

  it('removes the temp file when the rename fails and reports the error', async () => {
    const target = path.join(dir, 'is-a-folder');
    mkdirSync(target);
    await expect(writeFileAtomically(target, new Uint8Array([1, 2]))).rejects.toMatchObject({
      code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST|EPERM)$/),
    });
    expect(readdirSync(dir)).toEqual(['is-a-folder']);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    const target = path.join(dir, 'bestaat-niet', 'x.csv');
    await expect(writeFileAtomically(target, new Uint8Array([1]))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(path.join(dir, 'bestaat-niet'))).toBe(false);
  });

  it('on Windows, retries a rename that a virus scanner briefly blocks', async () => {
    setPlatform('win32');
    rename.mockRejectedValueOnce(Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' }));
    const target = path.join(dir, 'backup.vakwerk');
    await writeFileAtomically(target, new Uint8Array([7]));
    expect(rename).toHaveBeenCalledTimes(2);
    expect(new Uint8Array(readFileSync(target))).toEqual(new Uint8Array([7]));
    expect(readdirSync(dir)).toEqual(['backup.vakwerk']);
  });

  it('on Windows, gives up on a lock that persists and cleans up', async () => {
    setPlatform('win32');
    // Run the back-off waits at once, but record how long they would have been.
    const waits: number[] = [];
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
      waits.push(ms ?? 0);
      callback();
      return 0;
    }) as unknown as typeof setTimeout);
    const busy = Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    for (let i = 0; i < 6; i += 1) rename.mockRejectedValueOnce(busy);
    try {
      await expect(writeFileAtomically(path.join(dir, 'x.csv'), new Uint8Array([1]))).rejects.toThrow(/EBUSY/);
    } finally {
      setTimeoutSpy.mockRestore();
    }
    expect(rename).toHaveBeenCalledTimes(6);
    expect(waits).toEqual([50, 100, 200, 400, 800]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('does not retry other errors, nor locks on other platforms', async () => {
    setPlatform('linux');
    rename.mockRejectedValueOnce(Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' }));
    await expect(writeFileAtomically(path.join(dir, 'x.csv'), new Uint8Array([1]))).rejects.toThrow(/EPERM/);
    expect(rename).toHaveBeenCalledOnce();
    expect(readdirSync(dir)).toEqual([]);
  });
});
