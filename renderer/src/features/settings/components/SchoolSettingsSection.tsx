import { useTranslation } from 'react-i18next';
import type { FinalRoundingFrom, IntermediateRounding, ResitRule, SchoolSettings } from '../../../../../shared/domain/school-settings';
import type { ScalePresetId } from '../../../../../shared/domain/rubric';
import { SCALE_PRESETS } from '../../../../../shared/rubrics/presets';
import { saveSchoolSettings } from '../../../db/repositories/settings';
import { useSchoolSettings } from '../../../hooks/use-school-settings';
import { useToasts } from '../../../state/toasts';
import { Field } from '../../../ui/Field';

const SCALES = ['dcba', 'beginnend-uitmuntend', 'drie-niveaus'] as const satisfies readonly ScalePresetId[];

function scaleOf(labels: readonly string[]): (typeof SCALES)[number] | '' {
  return SCALES.find((id) => SCALE_PRESETS[id].levels.map((level) => level.label).join('|') === labels.join('|')) ?? '';
}

/**
 * The school's names and its examenreglement's grade rules. Each field is saved as soon as it
 * changes (names when the field is left), with an undo.
 */
export function SchoolSettingsSection() {
  const { t } = useTranslation();
  const settings = useSchoolSettings();
  const show = useToasts((state) => state.show);
  if (!settings) return null;

  const save = async (changes: Partial<SchoolSettings>) => {
    const previous = await saveSchoolSettings(changes);
    show({ message: t('school.saved'), tone: 'success', undo: async () => void (await saveSchoolSettings(previous)) });
  };
  const saveText = (field: 'schoolName' | 'teacherName') => (value: string) => {
    if (value.trim() !== settings[field]) void save({ [field]: value.trim() });
  };

  return (
    <section className="card form" aria-labelledby="settings-school">
      <h2 id="settings-school">{t('school.title')}</h2>
      <p className="muted">{t('school.body')}</p>
      <div className="form-row">
        <Field label={t('school.schoolName')}>
          <input type="text" defaultValue={settings.schoolName} maxLength={120} onBlur={(event) => saveText('schoolName')(event.target.value)} />
        </Field>
        <Field label={t('school.teacherName')} hint={t('school.teacherNameHint')}>
          <input type="text" defaultValue={settings.teacherName} maxLength={80} autoComplete="name" onBlur={(event) => saveText('teacherName')(event.target.value)} />
        </Field>
      </div>
      <div className="form-row">
        <Field label={t('school.resitRule')}>
          <select value={settings.resitRule} onChange={(event) => void save({ resitRule: event.target.value as ResitRule })}>
            <option value="highest">{t('school.resitRules.highest')}</option>
            <option value="last">{t('school.resitRules.last')}</option>
          </select>
        </Field>
        <Field label={t('school.intermediateRounding')}>
          <select value={settings.intermediateRounding} onChange={(event) => void save({ intermediateRounding: event.target.value as IntermediateRounding })}>
            <option value="half-up">{t('school.intermediateRoundings.half-up')}</option>
            <option value="truncate">{t('school.intermediateRoundings.truncate')}</option>
          </select>
        </Field>
      </div>
      <div className="form-row">
        <Field label={t('school.finalRoundingFrom')}>
          <select value={settings.finalRoundingFrom} onChange={(event) => void save({ finalRoundingFrom: event.target.value as FinalRoundingFrom })}>
            <option value="one-decimal">{t('school.finalRoundingsFrom.one-decimal')}</option>
            <option value="raw">{t('school.finalRoundingsFrom.raw')}</option>
          </select>
        </Field>
        <Field label={t('school.observationScale')}>
          <select
            value={scaleOf(settings.observationScale)}
            onChange={(event) => {
              const id = event.target.value as (typeof SCALES)[number];
              void save({ observationScale: SCALE_PRESETS[id].levels.map((level) => level.label) });
            }}
          >
            {SCALES.map((id) => (
              <option key={id} value={id}>
                {t(`school.observationScales.${id}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </section>
  );
}
