export type CameraProblem = 'camera-denied' | 'camera-missing' | 'camera-busy' | 'camera-failed';

/** What went wrong when asking for the camera, by the DOMException getUserMedia rejects with. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'camera-denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'camera-missing';
  if (name === 'NotReadableError' || name === 'TrackStartError') return 'camera-busy';
  return 'camera-failed';
}

/**
 * Asks for the camera alone (no microphone: the desktop app allows video only, see
 * electron/permission-policy.ts), preferring the one facing away on a tablet.
 */
export async function openCamera(): Promise<{ ok: true; stream: MediaStream } | { ok: false; problem: CameraProblem }> {
  if (!navigator.mediaDevices?.getUserMedia) return { ok: false, problem: 'camera-missing' };
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1920 } }, audio: false });
    return { ok: true, stream };
  } catch (error) {
    return { ok: false, problem: cameraProblem(error) };
  }
}

export function stopCamera(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/** The current video frame as a JPEG file, named by the moment it was taken. */
export async function captureFrame(video: HTMLVideoElement, at: Date = new Date()): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2D is niet beschikbaar');
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((result) => (result ? resolve(result) : reject(new Error('foto maken mislukte'))), 'image/jpeg', 0.92));
  const pad = (n: number) => String(n).padStart(2, '0');
  const name = `foto-${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}.jpg`;
  return new File([blob], name, { type: 'image/jpeg' });
}
