// Bundles Electron's main process and preload into dist/electron/*.cjs.
//
// Why bundle: the sandboxed preload can only require('electron'), so everything it uses
// (the IPC contract, zod) must be inside preload.cjs; bundling main as well means the
// packaged app ships no loose TypeScript and no node_modules resolution at run time.
// 'electron' stays external because the Electron runtime provides it.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = fileURLToPath(new URL('../dist/electron', import.meta.url));

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 embeds Node 22.
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'info',
  // Stable, readable output; the main process is small and never downloaded.
  minify: false,
};

await rm(outdir, { recursive: true, force: true });

const [, preload] = await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', metafile: true }),
]);

// A sandboxed preload that requires anything but 'electron' (say 'node:path', which esbuild
// leaves external on platform node) bundles fine and then fails only inside Electron, where
// it cannot be tested here. Fail the build instead.
const preloadRequires = Object.values(preload.metafile.outputs).flatMap((output) =>
  output.imports.filter((entry) => entry.external).map((entry) => entry.path),
);
const forbidden = preloadRequires.filter((name) => name !== 'electron');
if (forbidden.length > 0) {
  console.error(`preload.cjs may only require 'electron' (sandboxed preload), but requires: ${forbidden.join(', ')}`);
  process.exit(1);
}
