// @vitest-environment node
// Node, not jsdom: jsdom's Blob cannot be read back (no arrayBuffer), and evidence is Blobs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
import {
  addBewijs,
  createObservaties,
  getBewijs,
  listBewijsOfStudent,
  listObservatiesOfStudent,
  listRecentObservaties,
  removeObservatieBatch,
  setBewijsDeleted,
  setObservatieDeleted,
  type BewijsInput,
  type ObservatieInput,
  type ObservatieRef,
} from '../../../../renderer/src/db/repositories/observaties';

const T0 = Date.UTC(2026, 10, 20, 10, 0);

/** Every stored observation, from the students' lists. */
async function allObservaties() {
  return (await db.observatieLijsten.toArray()).flatMap((list) => list.observaties);
}

function bytes(length: number, seed: number): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length }, (_, index) => (index * 31 + seed) % 256);
}

const photoBytes = bytes(4096, 7);
const thumbBytes = bytes(512, 3);
const pdfBytes = bytes(2000, 11);

function photo(overrides: Partial<BewijsInput> = {}): BewijsInput {
  return {
    kind: 'foto',
    fileName: 'menukaart.jpg',
    mimeType: 'image/jpeg',
    size: photoBytes.length,
    width: 1600,
    height: 1200,
    blob: new Blob([photoBytes], { type: 'image/jpeg' }),
    thumbnail: new Blob([thumbBytes], { type: 'image/jpeg' }),
    date: '2026-11-20',
    caption: 'De menukaart van team 2',
    opdrachtId: 'o1',
    ...overrides,
  };
}

function pdf(overrides: Partial<BewijsInput> = {}): BewijsInput {
  return {
    kind: 'pdf',
    fileName: 'verslag.pdf',
    mimeType: 'application/pdf',
    size: pdfBytes.length,
    width: null,
    height: null,
    blob: new Blob([pdfBytes], { type: 'application/pdf' }),
    thumbnail: null,
    date: '2026-11-20',
    caption: 'Verslag',
    opdrachtId: 'o1',
    ...overrides,
  };
}

function observatie(overrides: Partial<ObservatieInput> = {}): ObservatieInput {
  return { nodeId: 'vaardigheid-samenwerken', level: 3, scaleSize: 4, date: '2026-11-20', note: 'Verdeelt de taken goed.', opdrachtId: 'o1', assessor: 'examinator', ...overrides };
}

async function readBack(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Moves the clock on, so rows made one after the other have their own createdAt. */
function later(minutes = 1): void {
  vi.setSystemTime(Date.now() + minutes * 60_000);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('observing several students at once', () => {
  it('stores one observation per student sharing a batch id, each with both pieces of evidence, the evidence with all three students', async () => {
    const students = ['s1', 's2', 's3'];
    const created = await createObservaties(students, observatie(), [photo(), pdf()]);
    expect(created.observaties).toHaveLength(3);
    expect(created.bewijsIds).toHaveLength(2);

    const observaties = (await allObservaties()).filter((o) => o.batchId === created.batchId);
    expect(observaties.map((o) => o.studentId).sort()).toEqual(students);
    for (const o of observaties) {
      expect(o).toMatchObject({ ...observatie(), batchId: created.batchId, deletedAt: null });
      expect(o.evidenceIds).toEqual(created.bewijsIds);
    }
    expect(await db.observatieLijsten.count()).toBe(3);
    expect(await allObservaties()).toHaveLength(3);

    const bewijs = await db.bewijs.bulkGet(created.bewijsIds);
    expect(bewijs.map((b) => b!.kind)).toEqual(['foto', 'pdf']);
    for (const b of bewijs) expect(b!.studentIds).toEqual(students);
    for (const student of students) expect((await listBewijsOfStudent(student)).map((b) => b.id).sort()).toEqual([...created.bewijsIds].sort());
  });

  it('reads the photo, its thumbnail and the PDF back byte for byte', async () => {
    const created = await createObservaties(['s1', 's2'], observatie(), [photo(), pdf()]);
    const [storedPhoto, storedPdf] = await Promise.all(created.bewijsIds.map((id) => getBewijs(id)));
    expect(await readBack(storedPhoto!.blob)).toEqual(photoBytes);
    expect(await readBack(storedPhoto!.thumbnail!)).toEqual(thumbBytes);
    expect(storedPhoto!.blob.type).toBe('image/jpeg');
    expect(storedPhoto!.size).toBe(photoBytes.length);
    expect(await readBack(storedPdf!.blob)).toEqual(pdfBytes);
    expect(storedPdf!.thumbnail).toBeNull();
  });

  it('an observation without evidence stores no evidence', async () => {
    const created = await createObservaties(['s1'], observatie({ note: 'Kwam te laat.' }), []);
    expect(created.bewijsIds).toEqual([]);
    expect(await db.bewijs.count()).toBe(0);
    expect((await listObservatiesOfStudent('s1'))[0]!.evidenceIds).toEqual([]);
  });

  it('undo (removeObservatieBatch) removes every observation and all evidence of the batch, and nothing else', async () => {
    const keep = await createObservaties(['s1'], observatie({ note: 'Eerder' }), [pdf()]);
    const batch = await createObservaties(['s1', 's2', 's3'], observatie(), [photo(), pdf()]);
    await removeObservatieBatch(batch);
    expect(await db.bewijs.bulkGet(batch.bewijsIds)).toEqual([undefined, undefined]);
    expect((await allObservaties()).map((o) => o.id)).toEqual(keep.observaties.map((o) => o.id));
    // A student left without observations has no list left either.
    expect((await db.observatieLijsten.toArray()).map((list) => list.studentId)).toEqual(['s1']);
    expect((await db.bewijs.toArray()).map((b) => b.id)).toEqual(keep.bewijsIds);
    expect((await listObservatiesOfStudent('s2'))).toEqual([]);
    expect((await listBewijsOfStudent('s1')).map((b) => b.id)).toEqual(keep.bewijsIds);
  });
});

describe('a student’s observations', () => {
  it('come in the order the work was done, not the order they were entered, and only that student’s', async () => {
    await createObservaties(['s1'], observatie({ date: '2026-11-20', note: 'november' }), []);
    later();
    await createObservaties(['s1', 's2'], observatie({ date: '2026-09-03', note: 'september' }), []);
    later();
    await createObservaties(['s1'], observatie({ date: '2026-10-15', note: 'oktober' }), []);
    later();
    await createObservaties(['s2'], observatie({ date: '2026-10-01', note: 'van s2' }), []);
    later();
    await createObservaties(['s10'], observatie({ date: '2026-08-30', note: 'van s10' }), []);

    const ofS1 = await listObservatiesOfStudent('s1');
    expect(ofS1.map((o) => o.note)).toEqual(['september', 'oktober', 'november']);
    expect(ofS1.every((o) => o.studentId === 's1')).toBe(true);
    expect((await listObservatiesOfStudent('s2')).map((o) => o.note)).toEqual(['september', 'van s2']);
  });

  it('a deleted observation is hidden, and undoing the delete brings it back', async () => {
    const created = await createObservaties(['s1'], observatie({ note: 'per ongeluk' }), []);
    const ref = created.observaties[0]!;
    await setObservatieDeleted(ref, true);
    expect(await listObservatiesOfStudent('s1')).toEqual([]);
    await setObservatieDeleted(ref, false);
    expect((await listObservatiesOfStudent('s1')).map((o) => o.id)).toEqual([ref.id]);
  });
});

describe('a student’s evidence gallery', () => {
  it('shows the newest work first and only that student’s evidence', async () => {
    const [september] = await addBewijs(['s1'], [photo({ date: '2026-09-10', caption: 'september' })]);
    later();
    const [november] = await addBewijs(['s1', 's2'], [photo({ date: '2026-11-02', caption: 'november' })]);
    later();
    await addBewijs(['s2'], [pdf({ date: '2026-12-01', caption: 'van s2' })]);
    later();
    const [oktober] = await addBewijs(['s1'], [pdf({ date: '2026-10-05', caption: 'oktober' })]);

    expect((await listBewijsOfStudent('s1')).map((b) => b.id)).toEqual([november, oktober, september]);
    expect((await listBewijsOfStudent('s2')).map((b) => b.caption)).toEqual(['van s2', 'november']);
    expect(await listBewijsOfStudent('s3')).toEqual([]);
  });

  it('on the same work date the evidence added last comes first', async () => {
    const [first] = await addBewijs(['s1'], [photo({ caption: 'eerste' })]);
    later();
    const [second] = await addBewijs(['s1'], [photo({ caption: 'tweede' })]);
    expect((await listBewijsOfStudent('s1')).map((b) => b.id)).toEqual([second, first]);
  });

  it('deleting evidence hides it from the gallery, and undo brings it back unchanged', async () => {
    const created = await createObservaties(['s1', 's2'], observatie(), [photo(), pdf()]);
    const [photoId, pdfId] = created.bewijsIds;
    await setBewijsDeleted(photoId!, true);
    expect((await listBewijsOfStudent('s1')).map((b) => b.id)).toEqual([pdfId]);
    expect((await listBewijsOfStudent('s2')).map((b) => b.id)).toEqual([pdfId]);
    later();
    await setBewijsDeleted(photoId!, false);
    expect((await listBewijsOfStudent('s1')).map((b) => b.id).sort()).toEqual([photoId, pdfId].sort());
    expect(await readBack((await getBewijs(photoId!))!.blob)).toEqual(photoBytes);
  });
});

describe('recent observations', () => {
  it('lists the newest entered first, up to the limit, skipping deleted ones', async () => {
    const notes = ['een', 'twee', 'drie', 'vier', 'vijf'];
    const refs: ObservatieRef[] = [];
    for (const note of notes) {
      // Work dates deliberately in the opposite order: "recent" is about entering, not the work date.
      const created = await createObservaties(['s1'], observatie({ note, date: `2026-11-${String(30 - refs.length).padStart(2, '0')}` }), []);
      refs.push(created.observaties[0]!);
      later();
    }
    await setObservatieDeleted(refs[4]!, true); // 'vijf', the newest
    expect((await listRecentObservaties(2)).map((o) => o.note)).toEqual(['vier', 'drie']);
    expect((await listRecentObservaties(10)).map((o) => o.note)).toEqual(['vier', 'drie', 'twee', 'een']);
    expect(await listRecentObservaties(0)).toEqual([]);
  });

  it('merges the students: a student whose newest was deleted, or whose older ones are newer than another’s newest', async () => {
    const a1 = await createObservaties(['a'], observatie({ note: 'a1' }), []);
    later();
    await createObservaties(['b'], observatie({ note: 'b1' }), []);
    later();
    await createObservaties(['a'], observatie({ note: 'a2' }), []);
    later();
    await createObservaties(['a'], observatie({ note: 'a3' }), []);
    later();
    const c1 = await createObservaties(['c'], observatie({ note: 'c1' }), []);
    await setObservatieDeleted(c1.observaties[0]!, true);
    // c's list is the newest, but holds nothing live; a's older ones come before b's only one.
    expect((await listRecentObservaties(3)).map((o) => o.note)).toEqual(['a3', 'a2', 'b1']);
    await setObservatieDeleted(a1.observaties[0]!, true);
    expect((await listRecentObservaties(5)).map((o) => o.note)).toEqual(['a3', 'a2', 'b1']);
  });

  it('a batch counts as entered at one moment: all its students come before older entries', async () => {
    await createObservaties(['s9'], observatie({ note: 'ouder' }), []);
    later();
    await createObservaties(['s1', 's2', 's3'], observatie({ note: 'klas' }), []);
    const recent = await listRecentObservaties(3);
    expect(recent.map((o) => o.note)).toEqual(['klas', 'klas', 'klas']);
    expect(recent.map((o) => o.studentId).sort()).toEqual(['s1', 's2', 's3']);
  });
});
