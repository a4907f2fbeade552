import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bewijs } from '../../../../shared/domain/bewijs';
import { EvidenceGallery } from '../../../../renderer/src/features/student/components/EvidenceGallery';

const stamp = { createdAt: 0, updatedAt: 0, deletedAt: null };
const item = (overrides: Partial<Bewijs>): Bewijs => ({
  id: 'b1', studentIds: ['s1'], kind: 'foto', fileName: 'tafel.jpg', mimeType: 'image/jpeg', size: 3, width: 1, height: 1,
  blob: new Blob(['x']), thumbnail: new Blob(['t']), date: '2026-03-12', caption: '', opdrachtId: null, ...stamp, ...overrides,
});

// jsdom has no object URLs.
beforeEach(() => {
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }));
});
afterEach(() => vi.unstubAllGlobals());

describe('EvidenceGallery', () => {
  it('names each tile so that what a tile shows is where its spoken name starts (WCAG 2.5.3)', async () => {
    render(<EvidenceGallery bewijs={[item({}), item({ id: 'b2', kind: 'pdf', fileName: 'verslag.pdf', mimeType: 'application/pdf', thumbnail: null })]} />);
    // A photo shows only its thumbnail; a PDF shows the word "PDF", so its name starts with it.
    await waitFor(() => expect(screen.getByRole('button', { name: 'tafel.jpg openen' })).toBeTruthy());
    const pdf = screen.getByRole('button', { name: 'PDF: verslag.pdf openen' });
    expect(pdf.textContent).toBe('PDF');
  });
});
