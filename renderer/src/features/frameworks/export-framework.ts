import type { Framework, FrameworkNode } from '../../../../shared/domain/framework';
import { exportCase, exportFrameworkCsv } from '../../../../shared/frameworks';
import { platform } from '../../platform';

/** A file name from a title: letters, digits and dashes only, so every OS accepts it. */
export function safeFileName(title: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return base.slice(0, 80) || 'vakwerk';
}

/** Saves the framework as CASE 1.1 JSON or CSV; resolves to the file name, or null when cancelled. */
export async function exportFramework(framework: Framework, nodes: FrameworkNode[], format: 'case' | 'csv'): Promise<string | null> {
  const base = `${safeFileName(framework.title)}-${safeFileName(framework.version || 'versie')}`;
  const text = format === 'case' ? `${JSON.stringify(exportCase(framework, nodes), null, 2)}\n` : exportFrameworkCsv(framework, nodes);
  const result = await platform.saveFile({
    suggestedName: `${base}.${format === 'case' ? 'json' : 'csv'}`,
    filters: [format === 'case' ? { name: 'CASE JSON', extensions: ['json'] } : { name: 'CSV', extensions: ['csv'] }],
    data: new TextEncoder().encode(text),
  });
  return result.status === 'saved' ? result.fileName : null;
}
