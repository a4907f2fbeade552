import { app } from 'electron';
import type { AppInfo } from '../../../shared/ipc/contract';

/** Shown in the about screen and attached to support questions; holds no personal data. */
export async function getAppInfo(): Promise<AppInfo> {
  return {
    name: app.getName(),
    version: app.getVersion(),
    electron: process.versions.electron ?? 'onbekend',
    chrome: process.versions.chrome ?? 'onbekend',
    platform: process.platform,
  };
}
