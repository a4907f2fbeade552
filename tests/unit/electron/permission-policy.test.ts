import { describe, expect, it } from 'vitest';
import {
  isAllowedPermissionCheck,
  isAllowedPermissionRequest,
  type PermissionCheckInfo,
  type PermissionRequestInfo,
} from '../../../electron/permission-policy';

const cameraRequest: PermissionRequestInfo = {
  isMainFrame: true,
  requestingUrl: 'app://vakwerk/index.html#/bewijs',
  mediaTypes: ['video'],
  securityOrigin: 'app://vakwerk/',
};

describe('isAllowedPermissionRequest', () => {
  it('grants persistent storage to our own main frame only, so IndexedDB is never evicted', () => {
    expect(isAllowedPermissionRequest('persistent-storage', cameraRequest)).toBe(true);
    expect(isAllowedPermissionRequest('persistent-storage', { ...cameraRequest, isMainFrame: false })).toBe(false);
    expect(isAllowedPermissionRequest('persistent-storage', { ...cameraRequest, requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(isAllowedPermissionCheck('persistent-storage', 'app://vakwerk/', cameraCheck)).toBe(true);
    expect(isAllowedPermissionCheck('persistent-storage', 'https://evil.example', cameraCheck)).toBe(false);
  });

  it('grants the camera to our own main frame (evidence photos)', () => {
    expect(isAllowedPermissionRequest('media', cameraRequest)).toBe(true);
    expect(isAllowedPermissionRequest('media', { ...cameraRequest, securityOrigin: undefined })).toBe(true);
  });

  it.each([
    ['the microphone', { mediaTypes: ['audio'] }],
    ['camera and microphone together', { mediaTypes: ['video', 'audio'] }],
    ['media without types', { mediaTypes: [] }],
    ['media with unknown types', { mediaTypes: undefined }],
    ['a subframe', { isMainFrame: false }],
    ['another origin', { requestingUrl: 'https://evil.example/' }],
    ['a mismatching security origin', { securityOrigin: 'https://evil.example' }],
    ['file://', { requestingUrl: 'file:///index.html' }],
  ] as const)('denies the camera for %s', (_what, change) => {
    expect(isAllowedPermissionRequest('media', { ...cameraRequest, ...change } as PermissionRequestInfo)).toBe(false);
  });

  it.each([
    'geolocation',
    'notifications',
    'display-capture',
    'clipboard-read',
    'fullscreen',
    'openExternal',
    'midi',
    'hid',
    'serial',
    'usb',
    'unknown',
  ])('denies %s, even from our own main frame', (permission) => {
    expect(isAllowedPermissionRequest(permission, cameraRequest)).toBe(false);
  });
});

const cameraCheck: PermissionCheckInfo = {
  isMainFrame: true,
  mediaType: 'video',
  requestingUrl: 'app://vakwerk/index.html',
  securityOrigin: 'app://vakwerk/',
};

describe('isAllowedPermissionCheck', () => {
  it('allows the camera check for our own main frame', () => {
    expect(isAllowedPermissionCheck('media', 'app://vakwerk/', cameraCheck)).toBe(true);
    expect(isAllowedPermissionCheck('media', 'app://vakwerk', { isMainFrame: true, mediaType: 'video' })).toBe(true);
  });

  it.each([
    ['the microphone', 'app://vakwerk/', { mediaType: 'audio' }],
    ['an unknown media type', 'app://vakwerk/', { mediaType: 'unknown' }],
    ['a subframe', 'app://vakwerk/', { isMainFrame: false }],
    ['another requesting origin', 'https://evil.example', {}],
    ['another requesting URL', 'app://vakwerk/', { requestingUrl: 'https://evil.example/' }],
  ] as const)('denies %s', (_what, origin, change) => {
    expect(isAllowedPermissionCheck('media', origin, { ...cameraCheck, ...change } as PermissionCheckInfo)).toBe(false);
  });

  it.each(['geolocation', 'notifications', 'clipboard-sanitized-write', 'hid', 'serial', 'usb', 'storage-access'])(
    'denies %s',
    (permission) => {
      expect(isAllowedPermissionCheck(permission, 'app://vakwerk/', cameraCheck)).toBe(false);
    },
  );
});
