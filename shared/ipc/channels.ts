/**
 * IPC channel names, in a module of their own without zod: the sandboxed preload imports
 * these (and only these) at run time, so it stays a few hundred bytes.
 */
export const IPC_CHANNELS = {
  getAppInfo: 'vakwerk:app-info',
  saveFile: 'vakwerk:save-file',
  chooseExportFolder: 'vakwerk:choose-export-folder',
  writeExportFile: 'vakwerk:write-export-file',
  writeAutoBackup: 'vakwerk:write-auto-backup',
  getBackupStatus: 'vakwerk:backup-status',
  chooseBackupFolder: 'vakwerk:choose-backup-folder',
  readAutoBackup: 'vakwerk:read-auto-backup',
} as const;
