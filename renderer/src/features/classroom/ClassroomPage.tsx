import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { classroomRows, type ClassroomMode } from '../../../../shared/assessment/classroom-rows';
import type { ClassroomAction, GridPosition } from '../../../../shared/assessment/classroom-keys';
import { insertComment, suggestComments } from '../../../../shared/assessment/comment-bank';
import { followTeam, setMemberLevel, setTeamComment, setTeamCondition, setTeamLevel, teamComment, teamCondition, teamLevel } from '../../../../shared/assessment/team-scoring';
import { ASSESSORS, isSummativeAssessor, type Assessor, type Attempt, type Beoordeling } from '../../../../shared/domain/beoordeling';
import type { CommentBankEntry } from '../../../../shared/domain/comment-bank';
import { fullName } from '../../../../shared/domain/student';
import { localToday } from '../../../../shared/opdrachten/dates';
import { gradeForScores } from '../../../../shared/rubrics/scoring';
import { addToCommentBank, markCommentUsed } from '../../db/repositories/comment-bank';
import { usePageTitle } from '../../hooks/use-page-title';
import { mergeSearchParams } from '../../hooks/merge-search-params';
import { useStableCallback } from '../../hooks/use-stable-callback';
import { auditName, useSchoolSettings } from '../../hooks/use-school-settings';
import { useToasts } from '../../state/toasts';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { formatDecimal, formatGrade } from '../../ui/format-number';
import { CellPanel } from './components/CellPanel';
import { ScoreGrid, type GridRowView } from './components/ScoreGrid';
import { SourcesPanel } from './components/SourcesPanel';
import { useClassroomChoices, useClassroomScores, useClassroomSetting } from './use-classroom-data';
import { useScoreWriter, type ScoreContext } from './use-score-writer';

/**
 * Beoordelen in de les: pick an opdracht, a group and a rubric, then score students (or whole
 * teams) with the keyboard or by touch. Every change is saved at once. Several assessors can
 * score the same work (examinator, second examinator, the student, peers, the client); their
 * views appear side by side, and only the examinator's gives the cijfer.
 */
export function ClassroomPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('classroom.title'));
  const [params, setParams] = useSearchParams();
  const choices = useClassroomChoices();
  const settings = useSchoolSettings();
  const show = useToasts((state) => state.show);
  // Column -1: not chosen yet, which means the first criterion (past the voorwaardelijke eisen).
  const [chosen, setActive] = useState<GridPosition>({ row: 0, column: -1 });
  const [workDate, setWorkDate] = useState(() => localToday());
  const [secondName, setSecondName] = useState('');
  const [commentSignal, setCommentSignal] = useState(0);
  const gridWrapper = useRef<HTMLDivElement>(null);

  const opdracht = choices?.opdrachten.find((candidate) => candidate.id === params.get('opdracht')) ?? choices?.opdrachten[0];
  const groupId = opdracht?.groupIds.includes(params.get('groep') ?? '') ? params.get('groep') : opdracht?.groupIds[0];
  const group = choices?.groups.find((candidate) => candidate.id === groupId);
  const rubricId = opdracht?.rubricIds.includes(params.get('rubric') ?? '') ? params.get('rubric') : opdracht?.rubricIds[0];
  const rubric = choices?.rubrics.find((candidate) => candidate.id === rubricId);
  const assessor: Assessor = (ASSESSORS as readonly string[]).includes(params.get('beoordelaar') ?? '') ? (params.get('beoordelaar') as Assessor) : 'examinator';
  const mode: ClassroomMode = params.get('modus') === 'leerling' || assessor === 'zelf' || assessor === 'peer' ? 'student' : 'team';
  const setting = useClassroomSetting(opdracht, group, rubric);
  const scores = useClassroomScores(opdracht?.id, rubric?.id);
  const attempt: Attempt = params.get('poging') === '2' && setting?.toets?.herkansbaar ? 2 : 1;
  const peerId = assessor === 'peer' ? (setting?.students.find((student) => student.id === params.get('peer'))?.id ?? setting?.students[0]?.id ?? null) : null;
  const client = choices?.clients.find((candidate) => candidate.id === opdracht?.opdrachtgeverId);
  const contactName = client?.contacts.find((contact) => contact.id === opdracht?.contactId)?.name ?? client?.name ?? '';

  const setParam = (changes: Record<string, string | null>) => {
    setParams(mergeSearchParams(params, changes), { replace: true });
    setActive({ row: 0, column: -1 });
  };

  const students = setting?.students;
  const studentById = useMemo(() => new Map((students ?? []).map((student) => [student.id, student])), [students]);
  const { rows, stops } = useMemo(() => classroomRows(students ?? [], setting?.teams ?? [], mode), [students, setting?.teams, mode]);
  const teamOf = useMemo(() => {
    const map = new Map<string, string | null>();
    for (const team of setting?.teams ?? []) for (const id of team.studentIds) map.set(id, team.id);
    return map;
  }, [setting?.teams]);

  // The version to score with: the one this assessor already used here, else the rubric's current one.
  const version = useMemo(() => {
    const used = scores?.beoordelingen.find((b) => b.assessor === assessor && b.attempt === attempt);
    return (used && scores?.versions.get(used.rubricVersionId)) ?? setting?.currentVersion ?? null;
  }, [scores, setting?.currentVersion, assessor, attempt]);

  const who = auditName(settings);
  const context: ScoreContext | null = useMemo(() => {
    if (!opdracht || !rubric || !version) return null;
    const nameFor = (studentId: string) => {
      if (assessor === 'examinator') return who;
      if (assessor === 'tweede-examinator') return secondName.trim();
      if (assessor === 'zelf') return fullName(studentById.get(studentId) ?? { roepnaam: '', tussenvoegsel: '', achternaam: '' });
      if (assessor === 'peer') return peerId ? fullName(studentById.get(peerId) ?? { roepnaam: '', tussenvoegsel: '', achternaam: '' }) : '';
      return contactName;
    };
    return {
      opdrachtId: opdracht.id,
      rubricId: rubric.id,
      assessor,
      assessorName: nameFor,
      peerStudentId: peerId,
      attempt,
      version,
      toetsId: isSummativeAssessor(assessor) ? (setting?.toets?.id ?? null) : null,
      workDate,
      teamOf,
      who: assessor === 'tweede-examinator' ? secondName.trim() : who,
    };
  }, [opdracht, rubric, version, assessor, who, secondName, studentById, peerId, contactName, attempt, setting?.toets, workDate, teamOf]);

  const onError = useCallback(() => show({ message: t('classroom.saveFailed'), tone: 'error' }), [show, t]);
  const writer = useScoreWriter(context, scores?.beoordelingen, onError);
  const { rowOf, write, undo } = writer;

  const conditionCount = version?.conditions.length ?? 0;
  const active: GridPosition = chosen.column < 0 ? { row: chosen.row, column: conditionCount } : chosen;
  const membersOf = useCallback((memberIds: readonly string[]) => memberIds.map((id) => rowOf(id) ?? emptyRow(id)), [rowOf]);

  const views: GridRowView[] = useMemo(() => {
    if (!version) return [];
    return rows.map((row): GridRowView => {
      if (row.kind === 'team') {
        const members = membersOf(row.memberIds);
        return {
          row,
          label: t('classroom.grid.team', { name: row.name, count: row.memberIds.length }),
          levels: version.criteria.map((criterion) => teamLevel(members, criterion.id)),
          deviates: version.criteria.map(() => false),
          commented: version.criteria.map((criterion) => teamComment(members, criterion.id) !== ''),
          conditions: version.conditions.map((condition) => teamCondition(members, condition.id)),
          points: '',
          result: '',
          resultTone: 'pending',
        };
      }
      const student = studentById.get(row.studentId);
      const own = rowOf(row.studentId);
      const result = gradeForScores(version, own?.scores ?? {}, own?.conditionsMet ?? {});
      const language = i18n.language;
      return {
        row,
        label: student ? fullName(student) : '?',
        levels: version.criteria.map((criterion) => own?.scores[criterion.id] ?? null),
        deviates: version.criteria.map((criterion) => own?.overrides.includes(criterion.id) ?? false),
        commented: version.criteria.map((criterion) => (own?.comments[criterion.id] ?? '').trim() !== ''),
        conditions: version.conditions.map((condition) => own?.conditionsMet[condition.id] === true),
        points: `${formatDecimal(result.points, language)} / ${formatDecimal(result.maxPoints, language)}`,
        result: result.grade != null ? formatGrade(result.grade, language) : result.complete && result.blocked ? t('classroom.grid.blocked') : t('classroom.grid.incomplete'),
        resultTone: result.grade != null ? 'grade' : result.complete && result.blocked ? 'blocked' : 'pending',
      };
    });
  }, [rows, version, membersOf, rowOf, studentById, t, i18n.language]);

  /** The students a change of this row touches, and the change itself. */
  const changeRow = useCallback(
    (rowIndex: number, perMember: (members: Beoordeling[]) => Beoordeling[], options: { reason?: string } = {}) => {
      const row = rows[rowIndex];
      if (!row) return;
      write(row.kind === 'team' ? row.memberIds : [row.studentId], perMember, options);
    },
    [rows, write],
  );

  const setLevel = useCallback(
    (rowIndex: number, criterionId: string, levelId: string | null) => {
      const row = rows[rowIndex];
      if (!row) return;
      if (row.kind === 'team') {
        changeRow(rowIndex, (members) => setTeamLevel(members, criterionId, levelId));
        return;
      }
      // Deviating is measured against the team's level as shown now.
      const team = row.teamId ? rows.find((candidate) => candidate.kind === 'team' && candidate.teamId === row.teamId) : undefined;
      const currentTeamLevel = team?.kind === 'team' ? teamLevel(membersOf(team.memberIds), criterionId) : null;
      changeRow(rowIndex, (own) => own.map((member) => setMemberLevel(member, criterionId, levelId, currentTeamLevel)));
    },
    [rows, changeRow, membersOf],
  );

  const teamLevelFor = (rowIndex: number, criterionId: string) => {
    const row = rows[rowIndex];
    if (row?.kind !== 'student' || !row.teamId) return null;
    const team = rows.find((candidate) => candidate.kind === 'team' && candidate.teamId === row.teamId);
    return team?.kind === 'team' ? teamLevel(membersOf(team.memberIds), criterionId) : null;
  };

  const commentOf = (rowIndex: number, criterionId: string) => {
    const row = rows[rowIndex];
    if (!row) return '';
    return row.kind === 'team' ? teamComment(membersOf(row.memberIds), criterionId) : (rowOf(row.studentId)?.comments[criterionId] ?? '');
  };

  const setComment = (rowIndex: number, criterionId: string, text: string) => {
    const row = rows[rowIndex];
    if (!row) return;
    if (row.kind === 'team') {
      const previous = commentOf(rowIndex, criterionId);
      changeRow(rowIndex, (members) => setTeamComment(members, criterionId, previous, text));
    } else changeRow(rowIndex, (own) => own.map((member) => ({ ...member, comments: { ...member.comments, [criterionId]: text } })));
  };

  const toggleCondition = useStableCallback((rowIndex: number, conditionIndex: number) => {
    const row = rows[rowIndex];
    const condition = version?.conditions[conditionIndex];
    if (!row || !condition) return;
    if (row.kind === 'team') {
      const met = teamCondition(membersOf(row.memberIds), condition.id);
      changeRow(rowIndex, (members) => setTeamCondition(members, condition.id, !met));
    } else changeRow(rowIndex, (own) => own.map((member) => ({ ...member, conditionsMet: { ...member.conditionsMet, [condition.id]: !(member.conditionsMet[condition.id] === true) } })));
    setActive({ row: rowIndex, column: conditionIndex });
  });

  const criterionAt = (column: number) => version?.criteria[column - conditionCount] ?? null;
  const activeCriterion = criterionAt(active.column);
  const activeLevel = activeCriterion ? (views[active.row]?.levels[active.column - conditionCount] ?? null) : null;
  const suggestions = activeCriterion && rubric && scores ? suggestComments(scores.comments, activeCriterion.id, activeLevel) : [];

  const insertSuggestion = (entry: CommentBankEntry) => {
    if (!activeCriterion) return;
    setComment(active.row, activeCriterion.id, insertComment(commentOf(active.row, activeCriterion.id), entry.text));
    void markCommentUsed(entry.id);
  };

  const onAction = (action: ClassroomAction, position: GridPosition) => {
    const criterion = criterionAt(position.column);
    if (!criterion || !version) return;
    switch (action.type) {
      case 'level':
        setLevel(position.row, criterion.id, version.levels[action.index]?.id ?? null);
        setActive({ row: position.row, column: Math.min(conditionCount + version.criteria.length - 1, position.column + 1) });
        return;
      case 'clear':
        setLevel(position.row, criterion.id, null);
        return;
      case 'follow-team': {
        const row = rows[position.row];
        if (row?.kind !== 'student' || !row.teamId) return;
        const level = teamLevelFor(position.row, criterion.id);
        changeRow(position.row, (own) => own.map((member) => followTeam(member, criterion.id, level)));
        return;
      }
      case 'insert-comment': {
        const entry = suggestComments(scores?.comments ?? [], criterion.id, views[position.row]?.levels[position.column - conditionCount] ?? null)[action.index];
        if (entry) insertSuggestion(entry);
        return;
      }
      case 'edit-comment':
        setCommentSignal((value) => value + 1);
        return;
      default:
    }
  };

  const backToGrid = () => gridWrapper.current?.querySelector<HTMLElement>(`[data-cell="${active.row}:${active.column}"]`)?.focus();
  const onUndo = () => {
    if (undo(t('classroom.undoReason'))) show({ message: t('classroom.undone'), tone: 'info' });
  };

  // --- Rendering -------------------------------------------------------------------------
  if (!choices) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('classroom.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }
  if (!opdracht || !group || !rubric) {
    return (
      <div className="page">
        <h1>{t('classroom.title')}</h1>
        <EmptyState
          title={t('classroom.empty.title')}
          actions={
            <Link className="btn btn-primary" to="/opdrachten">
              {t('classroom.empty.action')}
            </Link>
          }
        >
          <p>{t('classroom.empty.body')}</p>
        </EmptyState>
      </div>
    );
  }

  const activeRow = rows[active.row];
  const activeStudentId = activeRow?.kind === 'student' ? activeRow.studentId : null;
  const activeName = views[active.row]?.label ?? '';
  const conditionAt = active.column < conditionCount ? version?.conditions[active.column] : undefined;
  const saveText = { saved: t('classroom.saved'), saving: t('classroom.saving'), failed: t('classroom.failed') }[writer.saveState];
  const opdrachtStudents = setting?.students ?? [];

  return (
    <div className="page classroom-page">
      <div className="page-header">
        <div>
          <h1>{t('classroom.title')}</h1>
          <p className="muted">{t('classroom.subtitle')}</p>
        </div>
        <p className={`save-state save-${writer.saveState}`} role="status" aria-live="polite">
          {saveText}
        </p>
      </div>
      <div className="toolbar classroom-toolbar">
        <Field label={t('classroom.pick.opdracht')}>
          <select value={opdracht.id} onChange={(event) => setParam({ opdracht: event.target.value, groep: null, rubric: null })}>
            {choices.opdrachten.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title} ({candidate.schoolYear})
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('classroom.pick.group')}>
          <select value={group.id} onChange={(event) => setParam({ groep: event.target.value })}>
            {opdracht.groupIds.map((id) => (
              <option key={id} value={id}>
                {choices.groups.find((candidate) => candidate.id === id)?.name ?? '?'}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('classroom.pick.rubric')}>
          <select value={rubric.id} onChange={(event) => setParam({ rubric: event.target.value })}>
            {opdracht.rubricIds.map((id) => (
              <option key={id} value={id}>
                {choices.rubrics.find((candidate) => candidate.id === id)?.title ?? '?'}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('classroom.pick.assessor')}>
          <select value={assessor} onChange={(event) => setParam({ beoordelaar: event.target.value === 'examinator' ? null : event.target.value })}>
            {ASSESSORS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`classroom.assessors.${candidate}`)}
              </option>
            ))}
          </select>
        </Field>
        {assessor !== 'zelf' && assessor !== 'peer' && (
          <Field label={t('classroom.pick.mode')}>
            <select value={mode} onChange={(event) => setParam({ modus: event.target.value === 'student' ? 'leerling' : null })}>
              <option value="team">{t('classroom.modes.team')}</option>
              <option value="student">{t('classroom.modes.student')}</option>
            </select>
          </Field>
        )}
        {assessor === 'peer' && (
          <Field label={t('classroom.pick.peer')}>
            <select value={peerId ?? ''} onChange={(event) => setParam({ peer: event.target.value })}>
              {opdrachtStudents.map((student) => (
                <option key={student.id} value={student.id}>
                  {fullName(student)}
                </option>
              ))}
            </select>
          </Field>
        )}
        {assessor === 'tweede-examinator' && (
          <Field label={t('classroom.pick.secondName')}>
            <input type="text" value={secondName} onChange={(event) => setSecondName(event.target.value)} maxLength={80} />
          </Field>
        )}
        <Field label={t('classroom.pick.workDate')}>
          <input type="date" value={workDate} onChange={(event) => setWorkDate(event.target.value || localToday())} />
        </Field>
        {setting?.toets?.herkansbaar && isSummativeAssessor(assessor) && (
          <label className="check">
            <input type="checkbox" checked={attempt === 2} onChange={(event) => setParam({ poging: event.target.checked ? '2' : null })} />
            {t('classroom.pick.resit')}
          </label>
        )}
      </div>

      <p className="muted classroom-context">
        {isSummativeAssessor(assessor)
          ? setting?.toets
            ? t(attempt === 2 ? 'classroom.context.toetsResit' : 'classroom.context.toets', { code: setting.toets.code, name: setting.toets.name })
            : t('classroom.context.noToets')
          : assessor === 'opdrachtgever'
            ? t('classroom.context.client', { name: contactName })
            : t('classroom.context.advisory')}
        {assessor === 'examinator' && !who && (
          <>
            {' '}
            <Link to="/instellingen">{t('classroom.context.setName')}</Link>
          </>
        )}
      </p>

      {!version || !setting ? (
        <p className="muted">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <EmptyState title={t('classroom.noStudents.title', { group: group.name })}>
          <p>{t('classroom.noStudents.body')}</p>
        </EmptyState>
      ) : (
        <div className="classroom-layout">
          <div ref={gridWrapper} className="classroom-main">
            <p className="muted keys-help" id="classroom-keys">
              {t('classroom.keys', { max: version.levels.length })}
            </p>
            <ScoreGrid
              version={version}
              views={views}
              stops={stops}
              active={active}
              onActiveChange={setActive}
              onAction={onAction}
              onToggleCondition={toggleCondition}
              onUndo={onUndo}
              label={t('classroom.grid.label', { rubric: rubric.title, group: group.name })}
            />
            {activeStudentId && scores && (
              <SourcesPanel
                name={activeName}
                version={version}
                beoordelingen={scores.beoordelingen.filter((b) => b.studentId === activeStudentId && b.attempt === attempt && b.rubricVersionId === version.id)}
              />
            )}
          </div>
          <CellPanel
            version={version}
            name={activeName}
            criterion={activeCriterion}
            condition={conditionAt ? { text: conditionAt.text, met: views[active.row]?.conditions[active.column] ?? false } : null}
            levelId={activeLevel}
            teamLevelId={activeCriterion ? teamLevelFor(active.row, activeCriterion.id) : null}
            deviates={activeCriterion ? (views[active.row]?.deviates[active.column - conditionCount] ?? false) : false}
            comment={activeCriterion ? commentOf(active.row, activeCriterion.id) : ''}
            suggestions={suggestions}
            focusCommentSignal={commentSignal}
            onLevel={(levelId) => activeCriterion && setLevel(active.row, activeCriterion.id, levelId)}
            onFollowTeam={() => onAction({ type: 'follow-team' }, active)}
            onComment={(text) => activeCriterion && setComment(active.row, activeCriterion.id, text)}
            onInsertSuggestion={insertSuggestion}
            onSaveToBank={(text) => {
              if (!activeCriterion) return;
              void addToCommentBank({ rubricId: rubric.id, criterionId: activeCriterion.id, levelId: activeLevel, text }).then(() => show({ message: t('classroom.bankSaved'), tone: 'success' }));
            }}
            onBackToGrid={backToGrid}
            onToggleCondition={() => toggleCondition(active.row, active.column)}
          />
        </div>
      )}
    </div>
  );
}

/** A member without a beoordeling yet, for computing the team's levels. */
function emptyRow(studentId: string): Beoordeling {
  return {
    id: '',
    studentId,
    rubricId: '',
    rubricVersionId: '',
    scores: {},
    conditionsMet: {},
    workDate: '',
    opdrachtId: null,
    assessor: 'examinator',
    assessorName: '',
    peerStudentId: null,
    teamId: null,
    overrides: [],
    comments: {},
    ptaToetsId: null,
    attempt: 1,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
  };
}
