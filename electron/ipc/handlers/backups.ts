import { BrowserWindow, app, dialog } from 'electron';
import type { IpcMainInvokeEvent, OpenDialogOptions } from 'electron';
import type {
  BackupStatus,
  ChooseBackupFolderResult,
  ReadAutoBackupRequest,
  ReadAutoBackupResult,
  WriteAutoBackupRequest,
  WriteAutoBackupResult,
} from '../../../shared/ipc/contract';
import { backupFolder, backupStatus, readAutoBackup, rememberBackupFolder, writeAutoBackup } from '../../auto-backups';

/**
 * The automatic backups' IPC handlers. The renderer sends bytes and a reason; main names the
 * file, picks the folder (the teacher's choice from the OS dialog, or the default inside the
 * app's data folder) and rotates. The renderer never sends a path.
 */
export async function writeAutoBackupHandler(request: WriteAutoBackupRequest): Promise<WriteAutoBackupResult> {
  return writeAutoBackup(app.getPath('userData'), request.reason, request.data);
}

export async function getBackupStatus(): Promise<BackupStatus> {
  return backupStatus(app.getPath('userData'));
}

export async function chooseBackupFolder(_request: undefined, event: IpcMainInvokeEvent): Promise<ChooseBackupFolderResult> {
  const userData = app.getPath('userData');
  const options: OpenDialogOptions = {
    title: 'Map voor automatische back-ups',
    defaultPath: (await backupFolder(userData)).folder,
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
  const parent = BrowserWindow.fromWebContents(event.sender);
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const folder = result.filePaths[0];
  if (result.canceled || !folder) return { status: 'cancelled' };
  await rememberBackupFolder(userData, folder);
  return { status: 'chosen', backupStatus: await backupStatus(userData) };
}

export async function readAutoBackupHandler(request: ReadAutoBackupRequest): Promise<ReadAutoBackupResult> {
  const data = await readAutoBackup(app.getPath('userData'), request.fileName);
  return data ? { status: 'ok', fileName: request.fileName, data } : { status: 'missing' };
}
