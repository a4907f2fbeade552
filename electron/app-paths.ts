import path from 'node:path';

/**
 * Where the built app lives, relative to `app.getAppPath()` (the project folder in
 * development, resources/app.asar when packaged). build/build-electron.mjs and Vite write
 * exactly these paths.
 */
export function rendererRoot(appPath: string): string {
  return path.join(appPath, 'dist', 'renderer');
}

export function preloadPath(appPath: string): string {
  return path.join(appPath, 'dist', 'electron', 'preload.cjs');
}
