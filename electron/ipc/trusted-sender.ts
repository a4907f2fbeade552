import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from '../trusted-url';

/** The parts of an IPC event the sender check reads (kept narrow so tests can build one). */
export type IpcSenderInfo = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

/**
 * Checklist 17 (validate the sender of all IPC messages). A request is only trusted when:
 * - the frame still exists and is attached (a frame that navigated away or died may be
 *   something else by now);
 * - it shows our own page, app://vakwerk, and not whatever a navigation or an injected
 *   frame might have loaded;
 * - it is the top frame of its web contents: subframes are never ours (CSP frame-src 'none'),
 *   so a subframe asking is by definition untrusted.
 * Frames are compared by process and routing id rather than object identity, which is what
 * identifies a frame in Chromium.
 */
export function isTrustedSender(event: IpcSenderInfo): boolean {
  try {
    const frame = event.senderFrame;
    if (frame === null || frame.detached) return false;
    if (frame.parent !== null) return false;
    const mainFrame = event.sender.mainFrame;
    if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
    return isAppUrl(frame.url);
  } catch {
    // Reading a destroyed frame or web contents throws; such a sender is not trusted.
    return false;
  }
}
