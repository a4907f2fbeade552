import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The benchmark's generated files come from the same seeded generators as the unit tests
 * (shared/demo), bundled on the fly so this plain Node script can run TypeScript.
 */
const { outputFiles } = await build({
  stdin: {
    contents: "export { generateCaseDocument } from './shared/demo/generate-framework';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});
const generators = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

export function generateCaseDocumentJson(items) {
  return JSON.stringify(generators.generateCaseDocument(items));
}
