import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { Group } from '../../../../shared/domain/group';
import { StudentFormDialog } from '../../../../renderer/src/features/students/components/StudentFormDialog';

const cohorts: Cohort[] = [{ id: 'c1', name: 'Cohort 2026-2028 tl', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2026-2027', createdAt: 0, updatedAt: 0 }];
const groups: Group[] = [
  { id: 'g1', cohortId: 'c1', name: '3T-A', createdAt: 0, updatedAt: 0 },
  { id: 'g2', cohortId: 'c1', name: '3T-B', createdAt: 0, updatedAt: 0 },
];

function renderForm(onSave = vi.fn().mockResolvedValue(null), onClose = vi.fn()) {
  const router = createMemoryRouter([
    { path: '/', element: <StudentFormDialog open groups={groups} cohorts={cohorts} onClose={onClose} onSave={onSave} /> },
  ]);
  render(<RouterProvider router={router} />);
  return { onSave, onClose };
}

describe('StudentFormDialog', () => {
  it('says which fields are missing, in Dutch, and does not save', async () => {
    const { onSave } = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(screen.getByRole('textbox', { name: 'Roepnaam' })).toHaveProperty('ariaInvalid', 'true');
    expect(screen.getAllByRole('alert').map((el) => el.textContent)).toEqual(['Vul dit veld in.', 'Vul dit veld in.', 'Vul dit veld in.']);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves trimmed values in the chosen group and closes', async () => {
    const { onSave, onClose } = renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: 'Roepnaam' }), ' Zoë ');
    await userEvent.type(screen.getByRole('textbox', { name: 'Achternaam' }), 'Bakker');
    await userEvent.type(screen.getByRole('textbox', { name: 'Leerlingnummer' }), '104233');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Groep' }), '3T-B');
    await userEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(onSave).toHaveBeenCalledWith({ roepnaam: 'Zoë', tussenvoegsel: '', achternaam: 'Bakker', leerlingnummer: '104233', groupId: 'g2' });
    expect(onClose).toHaveBeenCalled();
  });

  it('shows an error the repository reports (a taken number) and stays open', async () => {
    const onSave = vi.fn().mockResolvedValue({ leerlingnummer: 'Leerlingnummer 104233 hoort al bij Zoë Bakker.' });
    const { onClose } = renderForm(onSave);
    await userEvent.type(screen.getByRole('textbox', { name: 'Roepnaam' }), 'Sven');
    await userEvent.type(screen.getByRole('textbox', { name: 'Achternaam' }), 'Smit');
    await userEvent.type(screen.getByRole('textbox', { name: 'Leerlingnummer' }), '104233');
    await userEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Leerlingnummer 104233 hoort al bij Zoë Bakker.')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });
});
