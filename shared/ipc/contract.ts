import { z } from 'zod';
import { AUTO_BACKUP_REASONS, parseAutoBackupFileName, type AutoBackupReason } from '../backup/rotation';
import { isEncryptedBackup } from '../backup/encryption';
import { IPC_CHANNELS } from './channels';

/**
 * The one IPC contract between the renderer and Electron's main process. Each entry is a
 * task the renderer may ask for (never a generic channel): its channel name, the method name
 * it gets on `window.vakwerk`, the zod schema every request is validated against in main,
 * and the response type. Preload, handlers and renderer types all derive from this object.
 */

/** A file name without any path: the OS dialog decides the folder, never the renderer. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  // Control characters and the characters Windows forbids in file names, which could also smuggle a path.
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[\\/:*?"<>|\u0000-\u001f]/.test(name) && name !== '.' && name !== '..', 'ongeldige bestandsnaam');

const MAX_SAVE_BYTES = 512 * 1024 * 1024;

export const saveFileRequestSchema = z.object({
  suggestedName: fileName,
  filters: z
    .array(
      z.object({
        name: z.string().min(1).max(100),
        extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1).max(10),
      }),
    )
    .max(5),
  data: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'verwacht bytes (Uint8Array)')
    .refine((data) => data.byteLength <= MAX_SAVE_BYTES, 'bestand te groot'),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type SaveFileResult = { status: 'saved'; fileName: string } | { status: 'cancelled' };

/**
 * Exporting many files at once (the examendossiers of a group): the teacher picks a folder in the
 * OS dialog, main remembers it under a random id for the asking window, and the renderer then
 * writes bare file names into "that folder" by id. The renderer never sees or names a path.
 */
export const chooseExportFolderRequestSchema = z.object({
  /** The dialog's title, e.g. "Map voor de examendossiers". */
  title: z.string().min(1).max(200),
});
export type ChooseExportFolderRequest = z.infer<typeof chooseExportFolderRequestSchema>;
export type ChooseExportFolderResult = { status: 'chosen'; folderId: string; folderName: string } | { status: 'cancelled' };

export const writeExportFileRequestSchema = z.object({
  folderId: z.uuid(),
  fileName,
  data: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'verwacht bytes (Uint8Array)')
    .refine((data) => data.byteLength <= MAX_SAVE_BYTES, 'bestand te groot'),
});
export type WriteExportFileRequest = z.infer<typeof writeExportFileRequestSchema>;
export type WriteExportFileResult = { status: 'written'; fileName: string };
/** The large school with 500 photos is ~150 MB; this leaves room for years of evidence. */
const MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024 - 1;

/** Only a backup file may be written into the backup folder: a zip or an encrypted backup. */
const backupBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'verwacht bytes (Uint8Array)')
  .refine((data) => data.byteLength <= MAX_BACKUP_BYTES, 'bestand te groot')
  .refine((data) => isEncryptedBackup(data) || (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04), 'geen back-upbestand');

export const writeAutoBackupRequestSchema = z.object({
  reason: z.enum(AUTO_BACKUP_REASONS),
  data: backupBytes,
});
export type WriteAutoBackupRequest = z.infer<typeof writeAutoBackupRequestSchema>;
export type WriteAutoBackupResult =
  | { status: 'saved'; fileName: string; removed: number }
  | { status: 'failed'; code: 'disk-full' | 'no-access' | 'write-failed' };

/** A backup is named by main (rotation.ts); the renderer can only name one main listed. */
export const readAutoBackupRequestSchema = z.object({
  fileName: z.string().max(200).refine((name) => parseAutoBackupFileName(name) !== null, 'geen automatische back-up'),
});
export type ReadAutoBackupRequest = z.infer<typeof readAutoBackupRequestSchema>;
export type ReadAutoBackupResult = { status: 'ok'; fileName: string; data: Uint8Array } | { status: 'missing' };

export interface AutoBackupInfo {
  fileName: string;
  createdAt: number;
  reason: AutoBackupReason;
  size: number;
}

/** The folder is shown to the teacher (it is theirs); newest backup first. */
export interface BackupStatus {
  folder: string;
  isDefaultFolder: boolean;
  backups: AutoBackupInfo[];
}
export type ChooseBackupFolderResult = { status: 'chosen'; backupStatus: BackupStatus } | { status: 'cancelled' };

export interface AppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  platform: string;
}

export const ipcContract = {
  getAppInfo: {
    channel: IPC_CHANNELS.getAppInfo,
    request: z.undefined(),
  },
  saveFile: {
    channel: IPC_CHANNELS.saveFile,
    request: saveFileRequestSchema,
  },
  chooseExportFolder: {
    channel: IPC_CHANNELS.chooseExportFolder,
    request: chooseExportFolderRequestSchema,
  },
  writeExportFile: {
    channel: IPC_CHANNELS.writeExportFile,
    request: writeExportFileRequestSchema,
  },
  writeAutoBackup: {
    channel: IPC_CHANNELS.writeAutoBackup,
    request: writeAutoBackupRequestSchema,
  },
  getBackupStatus: {
    channel: IPC_CHANNELS.getBackupStatus,
    request: z.undefined(),
  },
  chooseBackupFolder: {
    channel: IPC_CHANNELS.chooseBackupFolder,
    request: z.undefined(),
  },
  readAutoBackup: {
    channel: IPC_CHANNELS.readAutoBackup,
    request: readAutoBackupRequestSchema,
  },
} as const;

/** Response type per method; kept beside the contract so both sides agree. */
export interface IpcResponses {
  getAppInfo: AppInfo;
  saveFile: SaveFileResult;
  chooseExportFolder: ChooseExportFolderResult;
  writeExportFile: WriteExportFileResult;
  writeAutoBackup: WriteAutoBackupResult;
  getBackupStatus: BackupStatus;
  chooseBackupFolder: ChooseBackupFolderResult;
  readAutoBackup: ReadAutoBackupResult;
}

export type IpcMethod = keyof typeof ipcContract;
export type IpcRequest<M extends IpcMethod> = z.infer<(typeof ipcContract)[M]['request']>;

/** What preload exposes as `window.vakwerk`: one promise-returning method per contract entry. */
export type VakwerkApi = {
  [M in IpcMethod]: IpcRequest<M> extends undefined
    ? () => Promise<IpcResponses[M]>
    : (request: IpcRequest<M>) => Promise<IpcResponses[M]>;
};

/** The single origin the renderer is served from in the desktop app; IndexedDB is keyed on it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'vakwerk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
