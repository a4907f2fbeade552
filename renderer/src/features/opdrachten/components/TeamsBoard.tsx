import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../../shared/domain/group';
import type { Team } from '../../../../../shared/domain/opdracht';
import { fullName, type Student } from '../../../../../shared/domain/student';
import { moveStudentToTeam, splitIntoTeams, validateTeams, type SplitMode } from '../../../../../shared/opdrachten';
import { newId } from '../../../db/ids';
import { replaceTeams, restoreTeams } from '../../../db/repositories/opdrachten';
import { useToasts } from '../../../state/toasts';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';

interface TeamsBoardProps {
  opdrachtId: string;
  group: Group;
  students: Student[];
  /** Every student, to name a member who is not (or no longer) in this group. */
  allStudents: ReadonlyMap<string, Student>;
  groupNames: ReadonlyMap<string, string>;
  teams: Team[];
  readOnly: boolean;
}

type TeamRecord = Pick<Team, 'id' | 'name' | 'studentIds'>;

const UNASSIGNED = '';

/**
 * Teams of one group for one opdracht: drag a student to another team, or use the team choice
 * next to each name (the keyboard way), or split the group automatically. Every change is
 * stored at once and can be undone.
 */
export function TeamsBoard({ opdrachtId, group, students, allStudents, groupNames, teams, readOnly }: TeamsBoardProps) {
  const { t } = useTranslation();
  const show = useToasts((state) => state.show);
  const [splitting, setSplitting] = useState(false);
  const [dragging, setDragging] = useState<string | null>(null);
  const studentById = new Map(students.map((student) => [student.id, student]));
  const assigned = new Set(teams.flatMap((team) => team.studentIds));
  const unassigned = students.filter((student) => !assigned.has(student.id));
  const problems = validateTeams(teams, allStudents, group, groupNames).filter((problem) => problem.severity === 'error');

  const store = async (next: TeamRecord[], message: string) => {
    const previous = await replaceTeams(
      opdrachtId,
      group.id,
      next.map((team, order) => ({ id: team.id, opdrachtId, groupId: group.id, name: team.name, studentIds: team.studentIds, order })),
    );
    show({ message, tone: 'success', undo: () => restoreTeams(opdrachtId, group.id, previous) });
  };

  const move = (studentId: string, teamId: string) => {
    // A member who left the group may only be taken out of the team (what the warning asks).
    const student = studentById.get(studentId) ?? (teamId === UNASSIGNED ? allStudents.get(studentId) : undefined);
    if (!student) return;
    const next = moveStudentToTeam(teams, studentId, teamId === UNASSIGNED ? null : teamId);
    const teamName = teams.find((team) => team.id === teamId)?.name;
    void store(next, teamName ? t('opdrachten.teams.moved', { name: fullName(student), team: teamName }) : t('opdrachten.teams.unassigned', { name: fullName(student) }));
  };

  const onDrop = (teamId: string) => (event: DragEvent) => {
    event.preventDefault();
    const studentId = event.dataTransfer.getData('text/plain');
    setDragging(null);
    if (studentId) move(studentId, teamId);
  };

  const addTeam = () =>
    void store([...teams, { id: newId(), name: t('opdrachten.teams.teamName', { number: teams.length + 1 }), studentIds: [] }], t('opdrachten.teams.added'));

  const removeTeam = (team: Team) => void store(teams.filter((other) => other.id !== team.id), t('opdrachten.teams.removed', { team: team.name }));

  const renderStudent = (student: Student, teamId: string) => (
    <li
      key={student.id}
      className={`team-member ${dragging === student.id ? 'dragging' : ''}`}
      draggable={!readOnly}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', student.id);
        event.dataTransfer.effectAllowed = 'move';
        setDragging(student.id);
      }}
      onDragEnd={() => setDragging(null)}
    >
      <span>{fullName(student)}</span>
      {!readOnly && (
        <select aria-label={t('opdrachten.teams.teamOf', { name: fullName(student) })} value={teamId} onChange={(event) => move(student.id, event.target.value)}>
          <option value={UNASSIGNED}>{t('opdrachten.teams.noTeam')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      )}
    </li>
  );

  return (
    <section className="card form" aria-labelledby={`teams-${group.id}`}>
      <div className="cohort-head">
        <h3 id={`teams-${group.id}`}>{t('opdrachten.teams.title', { group: group.name })}</h3>
        {!readOnly && (
          <div className="actions">
            <button type="button" className="btn btn-small" onClick={() => setSplitting(true)} disabled={students.length === 0}>
              {t('opdrachten.teams.split')}
            </button>
            <button type="button" className="btn btn-small" onClick={addTeam}>
              {t('opdrachten.teams.add')}
            </button>
          </div>
        )}
      </div>
      {problems.length > 0 && (
        <div className="alert alert-error" role="alert">
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{t(`opdrachtProblems.${problem.code}`, problem.params as Record<string, unknown>)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="team-board">
        {teams.map((team) => (
          <div key={team.id} className="team-column" onDragOver={(event) => event.preventDefault()} onDrop={onDrop(team.id)} aria-label={team.name} role="group">
            <div className="team-head">
              <strong>{team.name}</strong>
              <span className="muted">{t('groups.studentCount', { count: team.studentIds.length })}</span>
              {!readOnly && (
                <button type="button" className="btn btn-small btn-ghost" onClick={() => removeTeam(team)} aria-label={t('opdrachten.teams.removeNamed', { team: team.name })}>
                  ×
                </button>
              )}
            </div>
            <ul className="plain-list">
              {team.studentIds
                .map((id) => studentById.get(id) ?? allStudents.get(id))
                .filter((student): student is Student => student !== undefined)
                .map((student) => renderStudent(student, team.id))}
            </ul>
          </div>
        ))}
        <div className="team-column unassigned" onDragOver={(event) => event.preventDefault()} onDrop={onDrop(UNASSIGNED)} aria-label={t('opdrachten.teams.noTeam')} role="group">
          <div className="team-head">
            <strong>{t('opdrachten.teams.noTeam')}</strong>
            <span className="muted">{t('groups.studentCount', { count: unassigned.length })}</span>
          </div>
          <ul className="plain-list">{unassigned.map((student) => renderStudent(student, UNASSIGNED))}</ul>
        </div>
      </div>
      {splitting && (
        <SplitDialog
          groupName={group.name}
          onClose={() => setSplitting(false)}
          onSplit={(mode, size) => {
            const drafts = splitIntoTeams(students, {
              mode,
              ...(mode === 'count' ? { count: size } : { size }),
              seed: Date.now() % 100_000,
              newId,
              names: (index: number) => t('opdrachten.teams.teamName', { number: index + 1 }),
            });
            void store(drafts, t('opdrachten.teams.splitDone', { count: drafts.length, group: group.name }));
            setSplitting(false);
          }}
        />
      )}
    </section>
  );
}

function SplitDialog({ groupName, onClose, onSplit }: { groupName: string; onClose: () => void; onSplit: (mode: SplitMode, size: number) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<SplitMode>('size');
  const [size, setSize] = useState(4);
  return (
    <Dialog open title={t('opdrachten.teams.splitTitle', { group: groupName })} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (size >= 1) onSplit(mode, size);
        }}
      >
        <p className="muted">{t('opdrachten.teams.splitHint')}</p>
        <fieldset className="form">
          <legend>{t('opdrachten.teams.splitMode')}</legend>
          {(['size', 'count', 'random', 'balanced'] as const).map((value) => (
            <label key={value} className="check">
              <input type="radio" name="split-mode" checked={mode === value} onChange={() => setMode(value)} data-autofocus={value === 'size' ? true : undefined} />
              {t(`opdrachten.teams.modes.${value}`)}
            </label>
          ))}
        </fieldset>
        <Field label={mode === 'count' ? t('opdrachten.teams.count') : t('opdrachten.teams.size')}>
          <input type="number" min={1} max={30} value={size} onChange={(event) => setSize(event.target.valueAsNumber)} />
        </Field>
        <DialogActions submitLabel={t('opdrachten.teams.splitConfirm')} onCancel={onClose} submitDisabled={!(size >= 1)} />
      </form>
    </Dialog>
  );
}
