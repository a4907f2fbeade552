import type { IpcHandlers } from '../types';
import { getAppInfo } from './app-info';
import { chooseExportFolder, writeExportFile } from './export-folder';
import { chooseBackupFolder, getBackupStatus, readAutoBackupHandler, writeAutoBackupHandler } from './backups';
import { saveFile } from './save-file';

/** The handler for every contract method; typed so a missing or misnamed one fails to compile. */
export const ipcHandlers: IpcHandlers = {
  getAppInfo,
  saveFile,
  chooseExportFolder,
  writeExportFile,
  writeAutoBackup: writeAutoBackupHandler,
  getBackupStatus,
  chooseBackupFolder,
  readAutoBackup: readAutoBackupHandler,
};
