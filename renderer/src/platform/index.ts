import type { AutoBackupReason } from '../../../shared/backup/rotation';
import type {
  AppInfo,
  ChooseExportFolderResult,
  BackupStatus,
  ChooseBackupFolderResult,
  ReadAutoBackupResult,
  SaveFileRequest,
  SaveFileResult,
  VakwerkApi,
  WriteAutoBackupResult,
  WriteExportFileRequest,
} from '../../../shared/ipc/contract';

/**
 * One API for what the renderer needs from the operating system. In the desktop app it goes
 * through `window.vakwerk` (preload, validated in main); in a plain browser (`npm run web`,
 * the end-to-end tests) it falls back to web APIs: a download link instead of a save dialog.
 */
declare global {
  interface Window {
    vakwerk?: VakwerkApi;
  }
}

/** The desktop app's automatic backup folder (main process); a browser has none. */
export interface AutoBackups {
  write(reason: AutoBackupReason, data: Uint8Array): Promise<WriteAutoBackupResult>;
  status(): Promise<BackupStatus>;
  chooseFolder(): Promise<ChooseBackupFolderResult>;
  read(fileName: string): Promise<ReadAutoBackupResult>;
}

export interface Platform {
  kind: 'desktop' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Many files into one folder the teacher picks (desktop only; a browser gets a zip through
   * saveFile instead). Null when the platform cannot.
   */
  exportFolder: {
    choose(title: string): Promise<ChooseExportFolderResult>;
    write(request: WriteExportFileRequest): Promise<void>;
  } | null;
  autoBackups: AutoBackups | null;
}

const browserPlatform: Platform = {
  kind: 'browser',
  autoBackups: null,
  async getAppInfo() {
    return {
      name: 'Vakwerk',
      // Optional: bundles made outside Vite (the benchmark's seed script) have no import.meta.env.
      version: import.meta.env?.VITE_APP_VERSION ?? '0.0.0',
      electron: '',
      chrome: /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '',
      platform: 'browser',
    };
  },
  async saveFile({ suggestedName, data }) {
    const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>]));
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: Chromium reads the blob after the click handler has returned.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { status: 'saved', fileName: suggestedName };
  },
  exportFolder: null,
};

function desktopPlatform(api: VakwerkApi): Platform {
  return {
    kind: 'desktop',
    getAppInfo: () => api.getAppInfo(),
    saveFile: (request) => api.saveFile(request),
    exportFolder: {
      choose: (title) => api.chooseExportFolder({ title }),
      write: async (request) => {
        await api.writeExportFile(request);
      },
    },
    autoBackups: {
      write: (reason, data) => api.writeAutoBackup({ reason, data }),
      status: () => api.getBackupStatus(),
      chooseFolder: () => api.chooseBackupFolder(),
      read: (fileName) => api.readAutoBackup({ fileName }),
    },
  };
}

export const platform: Platform = typeof window !== 'undefined' && window.vakwerk ? desktopPlatform(window.vakwerk) : browserPlatform;

/** Reads a file the teacher picked (file input or drop) as bytes. */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
