import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { initI18n } from '../../renderer/src/i18n';
import { resetAllStores } from '../../renderer/src/state';
import { db } from '../../renderer/src/db/db';

initI18n('nl');

// jsdom has no modal dialogs; this gives <dialog> the open/close behaviour the app relies on.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

beforeEach(async () => {
  // Every test starts from an empty database, as a teacher's first start does.
  db.close();
  await db.delete();
  await db.open();
});

afterEach(() => {
  cleanup();
  resetAllStores();
  // Absent in Node-environment tests (// @vitest-environment node), such as the PDF tests.
  globalThis.localStorage?.clear();
});
