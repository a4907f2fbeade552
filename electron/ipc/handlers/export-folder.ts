import { BrowserWindow, app, dialog } from 'electron';
import type { IpcMainInvokeEvent, OpenDialogOptions } from 'electron';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ChooseExportFolderRequest, ChooseExportFolderResult, WriteExportFileRequest, WriteExportFileResult } from '../../../shared/ipc/contract';
import { writeFileAtomically } from '../../atomic-write';

/**
 * Folders the teacher chose in the OS dialog, by a random id, each for the window that asked.
 * The renderer can only write bare file names into a folder it was granted this session: it
 * cannot name a path, reuse another window's folder, or guess an id. Kept in memory only, so
 * a grant ends with the app.
 */
interface Grant {
  folder: string;
  /** webContents id of the window that chose it. */
  owner: number;
}

const grants = new Map<string, Grant>();
/** Enough for any session; the oldest grant goes first, so the map cannot grow without bound. */
const MAX_GRANTS = 20;

export async function chooseExportFolder(request: ChooseExportFolderRequest, event: IpcMainInvokeEvent): Promise<ChooseExportFolderResult> {
  const options: OpenDialogOptions = {
    title: request.title,
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'],
  };
  const parent = BrowserWindow.fromWebContents(event.sender);
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const folder = result.filePaths[0];
  if (result.canceled || !folder) return { status: 'cancelled' };
  const folderId = randomUUID();
  grants.set(folderId, { folder: path.resolve(folder), owner: event.sender.id });
  while (grants.size > MAX_GRANTS) grants.delete(grants.keys().next().value!);
  return { status: 'chosen', folderId, folderName: path.basename(folder) };
}

export async function writeExportFile(request: WriteExportFileRequest, event: IpcMainInvokeEvent): Promise<WriteExportFileResult> {
  const grant = grants.get(request.folderId);
  if (!grant || grant.owner !== event.sender.id) throw new Error('Deze map is niet gekozen in dit venster. Kies de map opnieuw.');
  // The contract already refuses separators and "..": this is the second lock on the same door.
  const target = path.resolve(grant.folder, request.fileName);
  if (path.dirname(target) !== grant.folder) throw new Error('Ongeldige bestandsnaam.');
  await writeFileAtomically(target, request.data);
  return { status: 'written', fileName: path.basename(target) };
}

/** Forget every grant (tests). */
export function resetExportFolders(): void {
  grants.clear();
}
