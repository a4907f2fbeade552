import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/src/i18n/en';
import { nl } from '../../../../renderer/src/i18n/nl';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const nlKeys = new Set(keys(nl));
/** A key exists when it is there as is, or as the plural forms i18next looks up. */
const exists = (key: string) => nlKeys.has(key) || nlKeys.has(`${key}_other`);

describe('translations', () => {
  it('English has exactly the Dutch keys', () => {
    expect(keys(en).sort()).toEqual([...nlKeys].sort());
  });

  it('no English text is left empty', () => {
    expect(keys(en).filter((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) === '')).toEqual([]);
  });

  it('every literal key the screens ask for exists', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(resolve('renderer/src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        if (!exists(match[1]!)) missing.push(`${match[1]} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
