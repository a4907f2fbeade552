import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextSchoolYear, type SchoolYear } from '../../../../../shared/domain/school-year';
import { copyYear } from '../../../../../shared/opdrachten';
import { newId } from '../../../db/ids';
import { listTeamsOf, removeNewOpdrachten, saveNewOpdrachten } from '../../../db/repositories/opdrachten';
import { useToasts } from '../../../state/toasts';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';
import { GroupSelect } from '../../../ui/GroupSelect';
import type { OpdrachtenData } from '../use-opdrachten';

interface CopyYearDialogProps {
  data: OpdrachtenData;
  fromYear: SchoolYear;
  onClose: () => void;
}

/**
 * Copies a whole schooljaar's opdrachten to the next one, with every goal, rubric and client
 * link intact (what Canvas and Moodle copies lose), dates moved by a year, and the groups mapped
 * as the teacher says: the same group (it moves up a year), another group, or none.
 */
export function CopyYearDialog({ data, fromYear, onClose }: CopyYearDialogProps) {
  const { t } = useTranslation();
  const show = useToasts((state) => state.show);
  const toYear = nextSchoolYear(fromYear);
  const source = data.opdrachten.filter((opdracht) => opdracht.schoolYear === fromYear && !opdracht.isTemplate);
  const usedGroupIds = useMemo(() => [...new Set(source.flatMap((opdracht) => opdracht.groupIds))], [source]);
  const [mapping, setMapping] = useState<Record<string, string>>(() => Object.fromEntries(usedGroupIds.map((id) => [id, id])));
  // Teams are read only for this dialog: they travel along for groups that stay the same.
  const sourceIds = source.map((opdracht) => opdracht.id).join(',');
  const teams = useLiveQuery(() => listTeamsOf(sourceIds.split(',').filter(Boolean)), [sourceIds]);

  const groupName = (id: string) => data.groups.find((group) => group.id === id)?.name ?? t('clients.history.removedGroup');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const groupMap = new Map(Object.entries(mapping).filter(([, target]) => target !== ''));
    const result = copyYear(data.opdrachten, fromYear, toYear, newId, groupMap, { teams: teams ?? [] });
    await saveNewOpdrachten(result.copies, result.teams);
    const ids = result.copies.map((copy) => copy.id);
    show({
      message: t('opdrachten.copyYear.done', { count: result.report.copied, year: toYear, skipped: result.report.alreadyCopied.length }),
      tone: 'success',
      undo: () => removeNewOpdrachten(ids),
    });
    onClose();
  };

  return (
    <Dialog open title={t('opdrachten.copyYear.title', { from: fromYear, to: toYear })} onClose={onClose} className="dialog-wide">
      <form className="form" onSubmit={submit}>
        <p>{t('opdrachten.copyYear.body', { count: source.length, from: fromYear, to: toYear })}</p>
        {usedGroupIds.length > 0 && (
          <fieldset className="form">
            <legend>{t('opdrachten.copyYear.groupsLegend')}</legend>
            <p className="muted">{t('opdrachten.copyYear.groupsHint')}</p>
            {usedGroupIds.map((id) => (
              <Field key={id} label={t('opdrachten.copyYear.groupFrom', { group: groupName(id) })}>
                <GroupSelect
                  groups={data.groups}
                  cohorts={data.cohorts}
                  value={mapping[id] ?? ''}
                  emptyLabel={t('opdrachten.copyYear.noGroup')}
                  onChange={(event) => setMapping({ ...mapping, [id]: event.target.value })}
                />
              </Field>
            ))}
          </fieldset>
        )}
        <DialogActions submitLabel={t('opdrachten.copyYear.confirm', { count: source.length })} onCancel={onClose} submitDisabled={source.length === 0 || teams === undefined} />
      </form>
    </Dialog>
  );
}
