/**
 * The backup worker: checks a backup file before a restore (unzip, checksums, JSON) and puts a
 * new backup file together (deflate, CRC-32, SHA-256, encryption), so neither freezes the page:
 * the page only reads and writes the database. Runs the same code as the page would
 * (checkBackupOf, assembleHere), so with or without a worker the file is the same.
 */
import { checkBackupOf, rowsPerPiece } from '../../../../shared/backup';
import { assembleHere } from './assembly';
import type { FromBackupWorker, ToBackupWorker } from './worker-protocol';

/** Rows per message to the page: about this much JSON, and at most this many rows. */
const PIECE_BYTES = 1_000_000;
const PIECE_ROWS = 5000;

const reply = (message: FromBackupWorker, transfer: Transferable[] = []) => postMessage(message, { transfer });

const assembly = assembleHere(() => reply({ kind: 'blob-added' }));

addEventListener('message', (event: MessageEvent<ToBackupWorker>) => {
  void handle(event.data).catch((error: unknown) => reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
});
reply({ kind: 'ready' });

async function handle(message: ToBackupWorker): Promise<void> {
  switch (message.kind) {
    case 'check': {
      const result = await checkBackupOf(message.source, message.options);
      if (!result.ok) {
        reply({ kind: 'checked', result });
        return;
      }
      // The tables first: the page takes them in while this thread makes the Blobs the file did
      // not already give (about 1 ms each in Chromium: the bytes go to the browser's blob store).
      for (const table of result.tables) {
        const size = rowsPerPiece(table.rows, PIECE_BYTES, PIECE_ROWS);
        for (let start = 0; start === 0 || start < table.rows.length; start += size) {
          reply({ kind: 'checked-rows', name: table.name, tagged: table.tagged, rows: table.rows.slice(start, start + size) });
        }
      }
      const blobs = result.blobs.map((part, ref) => (part instanceof Blob ? part : new Blob([part as BlobPart], { type: result.blobTypes[ref] ?? '' })));
      reply({ kind: 'checked', result: { ...result, tables: [], blobs } });
      return;
    }
    case 'table-part':
      assembly.addTablePart(message.name, message.json, message.count, message.last);
      return;
    case 'blob':
      assembly.addBlob(message.ref, message.blob);
      return;
    case 'finish': {
      const written = await assembly.finish(message.header);
      reply({ kind: 'written', ...written }, [written.bytes.buffer as ArrayBuffer]);
      return;
    }
  }
}
