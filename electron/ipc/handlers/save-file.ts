import { BrowserWindow, app, dialog } from 'electron';
import type { IpcMainInvokeEvent, SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { SaveFileRequest, SaveFileResult } from '../../../shared/ipc/contract';
import { writeFileAtomically } from '../../atomic-write';

/**
 * Saves bytes the renderer produced (CSV, PDF, backup) where the teacher chooses. The folder
 * and final name come only from the OS save dialog: the renderer suggests a bare file name
 * (the contract's schema rejects any path), so it can never pick a location itself.
 * Only the chosen file's base name goes back, not the full path: the renderer has no use for
 * the user's folder structure.
 */
export async function saveFile(request: SaveFileRequest, event: IpcMainInvokeEvent): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(app.getPath('documents'), request.suggestedName),
    filters: request.filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  // Parented to the asking window, so the dialog is modal to it and cannot get lost behind it.
  const parent = BrowserWindow.fromWebContents(event.sender);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { status: 'cancelled' };

  await writeFileAtomically(result.filePath, request.data);
  return { status: 'saved', fileName: path.basename(result.filePath) };
}
