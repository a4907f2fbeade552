import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpdrachtFase } from '../../../../../shared/domain/opdracht';
import { addDays, deadlineOf, defaultPhases, diffDays, startOf } from '../../../../../shared/opdrachten';
import { newId } from '../../../db/ids';

interface PhasesEditorProps {
  phases: OpdrachtFase[];
  onChange: (phases: OpdrachtFase[]) => void;
  readOnly: boolean;
}

/** Days a phase lasts (both ends included), or a dash while a date is being typed. */
function phaseDays(phase: OpdrachtFase): string {
  try {
    return String(diffDays(phase.start, phase.end) + 1);
  } catch {
    return '—';
  }
}

/** The phases of an opdracht with their dates; the default phases can be laid out over a period. */
export function PhasesEditor({ phases, onChange, readOnly }: PhasesEditorProps) {
  const { t } = useTranslation();
  const [laying, setLaying] = useState(false);
  const [from, setFrom] = useState(startOf({ phases }) ?? '');
  const [to, setTo] = useState(deadlineOf({ phases }) ?? '');
  const set = (index: number, patch: Partial<OpdrachtFase>) => onChange(phases.map((phase, i) => (i === index ? { ...phase, ...patch } : phase)));
  const move = (index: number, target: number) => {
    if (target < 0 || target >= phases.length) return;
    const next = [...phases];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange(next);
  };

  return (
    <div className="form">
      <table className="level-table phases-table">
        <caption className="visually-hidden">{t('opdrachten.phases.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('opdrachten.phases.name')}</th>
            <th scope="col">{t('opdrachten.phases.start')}</th>
            <th scope="col">{t('opdrachten.phases.end')}</th>
            <th scope="col">{t('opdrachten.phases.days')}</th>
            {!readOnly && (
              <th scope="col">
                <span className="visually-hidden">{t('students.columns.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {phases.map((phase, index) => {
            const days = phaseDays(phase);
            const name = phase.name || t('opdrachten.phases.unnamed', { number: index + 1 });
            return (
              <tr key={phase.id}>
                <td>
                  <input type="text" value={phase.name} readOnly={readOnly} aria-label={t('opdrachten.phases.nameOf', { number: index + 1 })} onChange={(event) => set(index, { name: event.target.value })} />
                </td>
                <td>
                  <input type="date" value={phase.start} readOnly={readOnly} aria-label={t('opdrachten.phases.startOf', { name })} onChange={(event) => set(index, { start: event.target.value })} />
                </td>
                <td>
                  <input type="date" value={phase.end} readOnly={readOnly} aria-label={t('opdrachten.phases.endOf', { name })} onChange={(event) => set(index, { end: event.target.value })} />
                </td>
                <td>{days}</td>
                {!readOnly && (
                  <td className="actions">
                    <button type="button" className="btn btn-small btn-ghost" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t('opdrachten.phases.up', { name })}>
                      ↑
                    </button>
                    <button type="button" className="btn btn-small btn-ghost" disabled={index === phases.length - 1} onClick={() => move(index, index + 1)} aria-label={t('opdrachten.phases.down', { name })}>
                      ↓
                    </button>
                    <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange(phases.filter((_, i) => i !== index))} aria-label={t('opdrachten.phases.remove', { name })}>
                      ×
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {!readOnly && (
        <div className="actions">
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              const last = phases[phases.length - 1];
              const start = last ? addDays(last.end, 1) : (from || new Date().toISOString().slice(0, 10));
              onChange([...phases, { id: newId(), name: '', start, end: addDays(start, 6) }]);
            }}
          >
            {t('opdrachten.phases.add')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setLaying(!laying)} aria-expanded={laying}>
            {t('opdrachten.phases.layOut')}
          </button>
        </div>
      )}
      {laying && !readOnly && (
        <div className="toolbar">
          <label className="inline-field">
            {t('opdrachten.phases.from')}
            <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          </label>
          <label className="inline-field">
            {t('opdrachten.phases.to')}
            <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </label>
          <button
            type="button"
            className="btn btn-small btn-primary"
            disabled={!from || !to || to < from}
            onClick={() => {
              onChange(defaultPhases(from, to, newId));
              setLaying(false);
            }}
          >
            {t('opdrachten.phases.layOutConfirm')}
          </button>
        </div>
      )}
    </div>
  );
}
