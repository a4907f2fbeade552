/**
 * Web-standard globals that exist in every runtime Vakwerk's shared code runs in (Chromium,
 * Electron's main process and Node for tests). Declared narrowly here because shared/ is
 * compiled without the DOM and Node type libraries on purpose.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
