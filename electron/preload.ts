import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS as CHANNELS } from '../shared/ipc/channels';
import type { VakwerkApi } from '../shared/ipc/contract';

/**
 * window.vakwerk: one named, task-shaped method per contract entry and nothing else. No raw
 * ipcRenderer, no channel parameter, no event listeners: a compromised renderer can only ask
 * for what the contract lists, and main validates every request again (ipc/register.ts).
 *
 * This preload runs sandboxed, where require() only knows 'electron', so esbuild bundles what
 * it imports. It imports the contract for its *types* only (the runtime contract carries the
 * zod schemas, ~450 KB parsed on every page load, while main validates anyway) and the channel
 * names from the zod-free shared/ipc/channels.ts.
 */

/**
 * The type annotation is the compile-time check that this object is exactly `VakwerkApi`: a
 * missing method, an unknown one, or a wrong request or response type fails `tsc`.
 * (Not `satisfies`: electronegativity's TypeScript parser predates it.)
 */
const api: VakwerkApi = {
  getAppInfo: () => ipcRenderer.invoke(CHANNELS.getAppInfo),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  chooseExportFolder: (request) => ipcRenderer.invoke(CHANNELS.chooseExportFolder, request),
  writeExportFile: (request) => ipcRenderer.invoke(CHANNELS.writeExportFile, request),
  writeAutoBackup: (request) => ipcRenderer.invoke(CHANNELS.writeAutoBackup, request),
  getBackupStatus: () => ipcRenderer.invoke(CHANNELS.getBackupStatus),
  chooseBackupFolder: () => ipcRenderer.invoke(CHANNELS.chooseBackupFolder),
  readAutoBackup: (request) => ipcRenderer.invoke(CHANNELS.readAutoBackup, request),
};

contextBridge.exposeInMainWorld('vakwerk', api);
