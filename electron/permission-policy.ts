import { isAppUrl } from './trusted-url';

/**
 * Which web permissions the renderer gets: none, except the camera for evidence photos and
 * persistent storage (quality.md: the app asks that IndexedDB is never evicted).
 * Pure functions so the policy is unit-tested; security.ts wires them into the session.
 *
 * The camera is granted only when all of these hold, so a frame or page that is not ours can
 * never get it, and the grant can never silently include the microphone:
 * - the permission is 'media' and the requested media types are exactly ['video'];
 * - the request comes from the app origin (app://vakwerk);
 * - it comes from the main frame (our CSP forbids frames anyway; this is the second lock).
 */

/** What Electron passes to a permission *request* handler (a subset, so tests can build it). */
export interface PermissionRequestInfo {
  isMainFrame: boolean;
  requestingUrl: string;
  mediaTypes?: ReadonlyArray<'video' | 'audio'>;
  securityOrigin?: string;
}

/** What Electron passes to a permission *check* handler (a subset). */
export interface PermissionCheckInfo {
  isMainFrame: boolean;
  requestingUrl?: string;
  mediaType?: 'video' | 'audio' | 'unknown';
  securityOrigin?: string;
}

/** An origin that Electron supplied must be ours; an absent one adds no information. */
function isAbsentOrAppUrl(url: string | undefined): boolean {
  return url === undefined || isAppUrl(url);
}

function isVideoOnly(mediaTypes: ReadonlyArray<string> | undefined): boolean {
  return mediaTypes !== undefined && mediaTypes.length === 1 && mediaTypes[0] === 'video';
}

/** Persistent storage protects the teacher's data from eviction; only our own main frame asks. */
function isOwnPersistentStorage(permission: string, isMainFrame: boolean, url: string): boolean {
  return permission === 'persistent-storage' && isMainFrame && isAppUrl(url);
}

export function isAllowedPermissionRequest(permission: string, details: PermissionRequestInfo): boolean {
  if (isOwnPersistentStorage(permission, details.isMainFrame, details.requestingUrl)) return true;
  return (
    permission === 'media' &&
    isVideoOnly(details.mediaTypes) &&
    details.isMainFrame &&
    isAppUrl(details.requestingUrl) &&
    isAbsentOrAppUrl(details.securityOrigin)
  );
}

export function isAllowedPermissionCheck(
  permission: string,
  requestingOrigin: string,
  details: PermissionCheckInfo,
): boolean {
  if (isOwnPersistentStorage(permission, details.isMainFrame, requestingOrigin)) return true;
  return (
    permission === 'media' &&
    details.mediaType === 'video' &&
    details.isMainFrame &&
    isAppUrl(requestingOrigin) &&
    isAbsentOrAppUrl(details.requestingUrl) &&
    isAbsentOrAppUrl(details.securityOrigin)
  );
}
