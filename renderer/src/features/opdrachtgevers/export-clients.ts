import type { TFunction } from 'i18next';
import type { Opdrachtgever } from '../../../../shared/domain/opdrachtgever';
import { opdrachtgeversToCsv } from '../../../../shared/opdrachten';
import { platform } from '../../platform';

/** Saves every client as a CSV that Dutch Excel opens and Vakwerk imports again. */
export async function exportOpdrachtgeversCsv(t: TFunction, clients: readonly Opdrachtgever[]): Promise<string | null> {
  const result = await platform.saveFile({
    suggestedName: `${t('clients.exportFileName')}.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    data: new TextEncoder().encode(opdrachtgeversToCsv(clients)),
  });
  return result.status === 'saved' ? result.fileName : null;
}
