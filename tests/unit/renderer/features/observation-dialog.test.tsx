import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
import { createCohort } from '../../../../renderer/src/db/repositories/cohorts';
import { createGroup } from '../../../../renderer/src/db/repositories/groups';
import { createStudent } from '../../../../renderer/src/db/repositories/students';
import { ObservationDialog } from '../../../../renderer/src/features/observations/components/ObservationDialog';
import { useToasts } from '../../../../renderer/src/state/toasts';

// jsdom's Blob cannot be read as bytes; Chromium's can. Enough of it for the first bytes of a file.
beforeEach(() => {
  if (!Blob.prototype.arrayBuffer) {
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
      return new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(this);
      });
    };
  }
});

async function seed() {
  const cohort = await createCohort({ name: 'Cohort 2026-2028 tl', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2026-2027' });
  const group = await createGroup({ cohortId: cohort.id, name: '3T-A' });
  const zoe = await createStudent({ roepnaam: 'Zoë', tussenvoegsel: '', achternaam: 'Bakker', leerlingnummer: '104233', groupId: group.id });
  const daniel = await createStudent({ roepnaam: 'Daniël', tussenvoegsel: 'van', achternaam: 'Dijk', leerlingnummer: '104234', groupId: group.id });
  return { zoe, daniel };
}

function renderDialog(studentIds: string[] = []) {
  const onClose = vi.fn();
  render(<ObservationDialog prefill={{ studentIds }} onClose={onClose} />);
  return { onClose };
}

afterEach(() => vi.unstubAllGlobals());

describe('ObservationDialog', () => {
  it('stores one observation per chosen student in one batch, and undo removes them', async () => {
    const { zoe, daniel } = await seed();
    const { onClose } = renderDialog([zoe.id]);
    const picker = await screen.findByRole('group', { name: 'Leerlingen' });
    expect(within(picker).getByRole('checkbox', { name: 'Zoë Bakker' })).toHaveProperty('checked', true);
    await userEvent.click(within(picker).getByRole('checkbox', { name: 'Daniël van Dijk' }));
    expect(screen.getByText('2 leerlingen gekozen')).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'B gevorderd' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Notitie' }));
    await userEvent.paste('  Legt de planning rustig uit.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Observatie bewaren' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const rows = (await db.observatieLijsten.toArray()).flatMap((list) => list.observaties);
    expect(rows.map((row) => row.studentId).sort()).toEqual([zoe.id, daniel.id].sort());
    expect(new Set(rows.map((row) => row.batchId)).size).toBe(1);
    expect(rows[0]).toMatchObject({ level: 3, scaleSize: 4, note: 'Legt de planning rustig uit.', nodeId: null, opdrachtId: null, assessor: 'examinator', evidenceIds: [] });

    const toast = useToasts.getState().toasts.at(-1)!;
    expect(toast.message).toBe('Observatie bewaard voor 2 leerlingen.');
    await toast.undo!();
    expect(await db.observatieLijsten.count()).toBe(0);
  });

  it('names what is missing and stores nothing', async () => {
    await seed();
    const { onClose } = renderDialog();
    await screen.findByRole('group', { name: 'Leerlingen' });
    await userEvent.click(screen.getByRole('button', { name: 'Observatie bewaren' }));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['Kies minstens één leerling.', 'Geef een niveau of schrijf een notitie.']);
    expect(onClose).not.toHaveBeenCalled();
    expect(await db.observatieLijsten.count()).toBe(0);
  });

  it('refuses a "photo" that is not an image, by name, and adds nothing', async () => {
    const { zoe } = await seed();
    renderDialog([zoe.id]);
    await screen.findByRole('group', { name: 'Leerlingen' });
    const input = screen.getByLabelText('Foto kiezen', { selector: 'input' });
    await userEvent.upload(input, new File(['Dit is een Word-bestand'], 'foto.jpg', { type: 'image/jpeg' }));
    expect((await screen.findByRole('alert')).textContent).toBe('‘foto.jpg’ is geen foto die Vakwerk kan lezen. Kies een JPEG-, PNG-, GIF- of WebP-bestand.');
    expect(screen.queryByRole('button', { name: 'foto.jpg weghalen' })).toBeNull();
  });

  it('keeps a PDF as evidence and lists it with its size, removable before saving', async () => {
    const { zoe } = await seed();
    renderDialog([zoe.id]);
    await screen.findByRole('group', { name: 'Leerlingen' });
    await userEvent.upload(screen.getByLabelText('Bestand toevoegen', { selector: 'input' }), new File(['%PDF-1.7 verslag'], 'verslag.pdf'));
    const remove = await screen.findByRole('button', { name: 'verslag.pdf weghalen' });
    expect(screen.getByText(/verslag\.pdf/).textContent).toContain('1 kB');
    await userEvent.click(remove);
    expect(screen.queryByRole('button', { name: 'verslag.pdf weghalen' })).toBeNull();
  });

  it('says so when the camera is refused, and the file picker still works', async () => {
    const { zoe } = await seed();
    vi.stubGlobal('navigator', { ...navigator, mediaDevices: { getUserMedia: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')) } });
    renderDialog([zoe.id]);
    await screen.findByRole('group', { name: 'Leerlingen' });
    await userEvent.click(screen.getByRole('button', { name: 'Foto maken' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Vakwerk mag de camera niet gebruiken. Geef toestemming voor de camera, of kies een foto uit een bestand.');
    expect(screen.getByRole('button', { name: 'Foto kiezen' })).toHaveProperty('disabled', false);
  });

  it('explains that observations need students when there are none', async () => {
    renderDialog();
    expect(await screen.findByText('Observaties horen bij leerlingen. Voeg eerst leerlingen toe of importeer een leerlingenlijst.')).toBeTruthy();
  });
});
