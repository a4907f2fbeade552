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
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

/**
 * WebCrypto, as far as backups use it (SHA-256 checksums, PBKDF2 and AES-GCM for encrypted
 * backups). The keys are opaque handles here; Chromium and Node 20+ both implement this.
 */
type WebCryptoKey = { readonly type: string };
type WebCryptoAlgorithm = { name: string; [parameter: string]: unknown };
declare const crypto: {
  getRandomValues<T extends Uint8Array>(array: T): T;
  subtle: {
    digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
    importKey(format: 'raw', keyData: Uint8Array<ArrayBuffer>, algorithm: 'PBKDF2', extractable: false, usages: ['deriveKey']): Promise<WebCryptoKey>;
    deriveKey(algorithm: WebCryptoAlgorithm, baseKey: WebCryptoKey, derivedKeyType: WebCryptoAlgorithm, extractable: false, usages: ('encrypt' | 'decrypt')[]): Promise<WebCryptoKey>;
    encrypt(algorithm: WebCryptoAlgorithm, key: WebCryptoKey, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
    decrypt(algorithm: WebCryptoAlgorithm, key: WebCryptoKey, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  };
};
