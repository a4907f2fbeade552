import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAssessableNodeType } from '../../../../../shared/domain/framework';
import { isLive } from '../../../../../shared/domain/record';
import { DEFAULT_SCHOOL_SETTINGS } from '../../../../../shared/domain/school-settings';
import { fullName } from '../../../../../shared/domain/student';
import { isIsoDate, localToday } from '../../../../../shared/opdrachten/dates';
import { createObservaties, removeObservatieBatch } from '../../../db/repositories/observaties';
import { listOpdrachten } from '../../../db/repositories/opdrachten';
import { useSchoolData } from '../../../hooks/use-school-data';
import { useSchoolSettings } from '../../../hooks/use-school-settings';
import { useToasts } from '../../../state/toasts';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';
import { useActiveFrameworkNodes } from '../../frameworks/use-frameworks';
import type { CameraProblem } from '../camera';
import { evidenceProblemParams, readEvidenceFile, type EvidenceProblem, type PreparedEvidence } from '../read-evidence';
import type { ObservationPrefill } from '../store';
import { CameraCapture } from './CameraCapture';
import { EvidenceList, type Attachment } from './EvidenceList';
import { StudentPicker } from './StudentPicker';

interface ObservationDialogProps {
  prefill: ObservationPrefill;
  onClose: () => void;
}

type Problem = EvidenceProblem | { code: CameraProblem };

/**
 * Observatie noteren: one or more students × skill or eindterm × level × date × note ×
 * opdracht, with photos (camera or file) and other files as evidence. Stored in one
 * transaction when saved, with undo; nothing is stored while the dialog is open.
 */
export function ObservationDialog({ prefill, onClose }: ObservationDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const data = useSchoolData();
  const frameworks = useActiveFrameworkNodes();
  const opdrachten = useLiveQuery(async () => (await listOpdrachten()).filter((o) => isLive(o) && o.status !== 'gearchiveerd' && !o.isTemplate));
  const settings = useSchoolSettings() ?? DEFAULT_SCHOOL_SETTINGS;
  const show = useToasts((state) => state.show);

  const [chosen, setChosen] = useState<Set<string>>(() => new Set(prefill.studentIds ?? []));
  const [nodeId, setNodeId] = useState(prefill.nodeId ?? '');
  const [level, setLevel] = useState<number | null>(null);
  const [date, setDate] = useState(() => localToday());
  const [note, setNote] = useState('');
  const [opdrachtId, setOpdrachtId] = useState(prefill.opdrachtId ?? '');
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [preparing, setPreparing] = useState<string[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [camera, setCamera] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const photoInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // Object URLs of the previews are released when the dialog closes.
  const attachmentsRef = useRef(attachments);
  useEffect(() => {
    attachmentsRef.current = attachments;
  }, [attachments]);
  useEffect(() => () => attachmentsRef.current.forEach((attachment) => attachment.previewUrl && URL.revokeObjectURL(attachment.previewUrl)), []);

  const nodeGroups = useMemo(() => {
    if (!frameworks) return [];
    return frameworks.frameworks
      .map((framework) => ({
        framework,
        nodes: frameworks.nodes.filter((node) => node.frameworkId === framework.id && isAssessableNodeType(node.type)).sort((a, b) => a.code.localeCompare(b.code, 'nl', { numeric: true })),
      }))
      .filter((group) => group.nodes.length > 0);
  }, [frameworks]);

  const students = useMemo(() => (data ? data.students.filter((student) => student.archivedAt == null && student.deletedAt == null) : []), [data]);
  // Read by the picker when it first appears only: afterwards it remembers the group itself.
  const initialGroupId = students.find((student) => chosen.has(student.id))?.groupId ?? null;

  const errors = {
    students: chosen.size === 0 ? t('observations.errors.noStudent') : undefined,
    content: level === null && note.trim() === '' && attachments.length === 0 ? t('observations.errors.empty') : undefined,
    date: isIsoDate(date) ? undefined : t('observations.errors.date'),
  };

  // Each file on its own: a refused file is reported at once, not after a large photo is scaled.
  const addFiles = async (files: readonly File[], asPhoto: boolean) => {
    setProblems([]);
    await Promise.all(
      files.map(async (file) => {
        setPreparing((current) => [...current, file.name]);
        try {
          const result = await readEvidenceFile(file, asPhoto);
          if (result.ok) setAttachments((current) => [...current, toAttachment(result.evidence)]);
          else setProblems((current) => [...current, result.problem]);
        } finally {
          setPreparing((current) => current.filter((name) => name !== file.name));
        }
      }),
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (errors.students || errors.content || errors.date || preparing.length > 0 || saving) return;
    setSaving(true);
    const studentIds = students.filter((student) => chosen.has(student.id)).map((student) => student.id);
    const context = { date, opdrachtId: opdrachtId || null };
    try {
      const created = await createObservaties(
        studentIds,
        { nodeId: nodeId || null, level, scaleSize: settings.observationScale.length, note: note.trim(), assessor: 'examinator', ...context },
        attachments.map((attachment) => ({ ...attachment.evidence, ...context, caption: '' })),
      );
      const only = studentIds.length === 1 ? students.find((student) => student.id === studentIds[0]) : undefined;
      show({
        message: t('observations.saved', { count: studentIds.length, name: only ? fullName(only) : '' }),
        tone: 'success',
        undo: () => removeObservatieBatch(created),
      });
      onClose();
    } catch (error) {
      setSaving(false);
      show({ message: t('observations.saveFailed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error' });
    }
  };

  if (data && students.length === 0) {
    return (
      <Dialog open title={t('observations.noData.title')} onClose={onClose}>
        <p>{t('observations.noData.body')}</p>
        <div className="dialog-footer">
          <button type="button" className="btn btn-primary" onClick={onClose} data-autofocus>
            {t('common.close')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog open title={t('observations.title')} onClose={onClose} className="dialog-wide observation-dialog">
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={saving}>
        <p className="muted">{t('observations.intro')}</p>
        {data && (
          <StudentPicker
            students={students}
            groups={data.groups}
            cohorts={data.cohorts}
            chosen={chosen}
            onChange={setChosen}
            initialGroupId={initialGroupId}
            error={submitted ? errors.students : undefined}
          />
        )}
        <div className="form-row">
          <Field label={t('observations.node')}>
            <select value={nodeId} onChange={(event) => setNodeId(event.target.value)} data-autofocus={prefill.studentIds?.length ? true : undefined}>
              <option value="">{t('observations.nodeNone')}</option>
              {nodeGroups.map((group) => (
                <optgroup key={group.framework.id} label={group.framework.title}>
                  {group.nodes.map((node) => (
                    <option key={node.id} value={node.id}>
                      {node.code ? `${node.code} ${node.text}` : node.text}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
          <Field label={t('observations.date')} error={submitted ? errors.date : undefined}>
            <input type="date" value={date} onChange={(event) => setDate(event.target.value)} required />
          </Field>
        </div>
        <fieldset className="observation-level">
          <legend>{t('observations.level')}</legend>
          <div className="check-group">
            <label className="check">
              <input type="radio" name={`${formId}-level`} checked={level === null} onChange={() => setLevel(null)} /> {t('observations.levelNone')}
            </label>
            {settings.observationScale.map((label, index) => (
              <label key={label} className="check">
                <input type="radio" name={`${formId}-level`} checked={level === index + 1} onChange={() => setLevel(index + 1)} /> {label}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t('observations.note')} error={submitted ? errors.content : undefined}>
          <textarea value={note} rows={3} maxLength={1000} placeholder={t('observations.notePlaceholder')} onChange={(event) => setNote(event.target.value)} />
        </Field>
        <Field label={t('observations.opdracht')}>
          <select value={opdrachtId} onChange={(event) => setOpdrachtId(event.target.value)}>
            <option value="">{t('observations.opdrachtNone')}</option>
            {(opdrachten ?? []).map((opdracht) => (
              <option key={opdracht.id} value={opdracht.id}>
                {opdracht.title} ({opdracht.schoolYear})
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="evidence-field">
          <legend>{t('observations.evidence')}</legend>
          <p className="hint">{t('observations.evidenceHint')}</p>
          <div className="toolbar">
            <button type="button" className="btn" onClick={() => setCamera(true)} disabled={camera}>
              {t('observations.takePhoto')}
            </button>
            <button type="button" className="btn" onClick={() => photoInput.current?.click()}>
              {t('observations.choosePhoto')}
            </button>
            <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
              {t('observations.chooseFile')}
            </button>
            <input ref={photoInput} type="file" accept="image/*" multiple hidden aria-label={t('observations.choosePhoto')} onChange={(event) => pickFiles(event.target, true)} />
            <input ref={fileInput} type="file" multiple hidden aria-label={t('observations.chooseFile')} onChange={(event) => pickFiles(event.target, false)} />
          </div>
          {camera && (
            <CameraCapture
              onCapture={(file) => {
                setCamera(false);
                void addFiles([file], true);
              }}
              onProblem={(code) => {
                setCamera(false);
                setProblems([{ code }]);
              }}
              onClose={() => setCamera(false)}
            />
          )}
          <div aria-live="polite">
            {preparing.map((name) => (
              <p key={name} className="muted">
                {t('observations.preparing', { fileName: name })}
              </p>
            ))}
          </div>
          {problems.map((problem, index) => (
            <p key={index} className="form-error" role="alert">
              {t(`evidenceProblems.${problem.code}`, 'fileName' in problem ? evidenceProblemParams(problem) : {})}
            </p>
          ))}
          <EvidenceList
            attachments={attachments}
            onRemove={(index) =>
              setAttachments((current) => {
                const removed = current[index];
                if (removed?.previewUrl) URL.revokeObjectURL(removed.previewUrl);
                return current.filter((_, at) => at !== index);
              })
            }
          />
        </fieldset>
        <DialogActions submitLabel={t('observations.save')} onCancel={onClose} submitDisabled={saving || preparing.length > 0} />
      </form>
    </Dialog>
  );

  function pickFiles(input: HTMLInputElement, asPhoto: boolean) {
    const files = [...(input.files ?? [])];
    // Cleared, so choosing the same file again fires change again.
    input.value = '';
    void addFiles(files, asPhoto);
  }
}

function toAttachment(evidence: PreparedEvidence): Attachment {
  const preview = evidence.thumbnail ?? null;
  return { evidence, previewUrl: preview ? URL.createObjectURL(preview) : null };
}
