import { Command } from 'cmdk';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { searchKey } from '../../../../shared/domain/student';
import { useSchoolData, useStudentRows } from '../../hooks/use-school-data';
import { usePreferences } from '../../state/preferences';
import { Dialog } from '../../ui/Dialog';
import { searchGroups, searchStudents } from './search-index';
import { useCommandPalette } from './store';
import { useObservationDialog } from '../observations/store';

interface PaletteCommand {
  id: string;
  label: string;
  run: () => void;
}

/** Ctrl+K (⌘K): jump to any screen, student or group, or run a common action, by typing. */
export function CommandPalette() {
  const isOpen = useCommandPalette((state) => state.isOpen);
  const { open, close } = useCommandPalette.getState();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (useCommandPalette.getState().isOpen) close();
        else open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, close]);

  return isOpen ? <PaletteDialog onClose={close} /> : null;
}

function PaletteDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const data = useSchoolData();
  const rows = useStudentRows(data);
  const { theme, setTheme } = usePreferences();

  const go = (to: string) => () => {
    onClose();
    navigate(to);
  };

  const commands: PaletteCommand[] = [
      { id: 'nav-home', label: t('search.commands.home'), run: go('/') },
      { id: 'nav-students', label: t('search.commands.students'), run: go('/leerlingen') },
      { id: 'nav-groups', label: t('search.commands.groups'), run: go('/groepen') },
      { id: 'nav-frameworks', label: t('search.commands.frameworks'), run: go('/kaders') },
      { id: 'nav-rubrics', label: t('search.commands.rubrics'), run: go('/rubrics') },
      { id: 'nav-classroom', label: t('search.commands.classroom'), run: go('/beoordelen') },
      { id: 'nav-grades', label: t('search.commands.grades'), run: go('/cijfers') },
      { id: 'nav-growth', label: t('heatmap.command'), run: go('/groei') },
      { id: 'nav-pta', label: t('search.commands.pta'), run: go('/pta') },
      { id: 'nav-coverage', label: t('coverageMatrix.command'), run: go('/dekking') },
      { id: 'nav-opdrachten', label: t('search.commands.opdrachten'), run: go('/opdrachten') },
      { id: 'nav-year-plan', label: t('search.commands.yearPlan'), run: go('/jaarplanning') },
      { id: 'nav-clients', label: t('search.commands.clients'), run: go('/opdrachtgevers') },
      {
        id: 'observation',
        label: t('search.commands.observation'),
        run: () => {
          onClose();
          useObservationDialog.getState().open({});
        },
      },
      { id: 'nav-settings', label: t('search.commands.settings'), run: go('/instellingen') },
      { id: 'nav-backup', label: t('backup.command'), run: go('/back-up') },
      { id: 'import', label: t('search.commands.import'), run: go('/leerlingen/importeren') },
      { id: 'new-student', label: t('search.commands.newStudent'), run: go('/leerlingen?nieuw=leerling') },
      { id: 'new-cohort', label: t('search.commands.newCohort'), run: go('/groepen?nieuw=cohort') },
      { id: 'new-framework', label: t('search.commands.newFramework'), run: go('/kaders?nieuw=kader') },
      { id: 'new-rubric', label: t('search.commands.newRubric'), run: go('/rubrics?nieuw=rubric') },
      {
        id: 'theme',
        label: theme === 'dark' ? t('search.commands.lightTheme') : t('search.commands.darkTheme'),
        run: () => {
          setTheme(theme === 'dark' ? 'light' : 'dark');
          onClose();
        },
      },
  ];

  const key = searchKey(query.trim());
  const matchingCommands = key ? commands.filter((command) => searchKey(command.label).includes(key)) : commands;
  const students = rows ? searchStudents(rows, query) : [];
  const groups = data ? searchGroups(data.groups, query) : [];
  const cohortName = (cohortId: string) => data?.cohorts.find((c) => c.id === cohortId)?.name ?? '';

  return (
    <Dialog open title={t('search.title')} onClose={onClose} className="palette-dialog" hideTitle>
      <Command className="palette" label={t('search.title')} shouldFilter={false} loop>
        <Command.Input value={query} onValueChange={setQuery} placeholder={t('search.placeholder')} data-autofocus />
        <Command.List>
          <Command.Empty>{t('search.empty', { query })}</Command.Empty>
          {students.length > 0 && (
            <Command.Group heading={t('search.students')}>
              {students.map((row) => (
                <Command.Item key={row.student.id} value={`student-${row.student.id}`} onSelect={go(`/leerlingen/${row.student.id}`)}>
                  <span>{row.fullName}</span>
                  <span className="muted">
                    {row.groupName} · {row.student.leerlingnummer}
                  </span>
                </Command.Item>
              ))}
            </Command.Group>
          )}
          {groups.length > 0 && (
            <Command.Group heading={t('search.groups')}>
              {groups.map((group) => (
                <Command.Item key={group.id} value={`group-${group.id}`} onSelect={go(`/leerlingen?groep=${group.id}`)}>
                  <span>{group.name}</span>
                  <span className="muted">{cohortName(group.cohortId)}</span>
                </Command.Item>
              ))}
            </Command.Group>
          )}
          {matchingCommands.length > 0 && (
            <Command.Group heading={t('search.actions')}>
              {matchingCommands.map((command) => (
                <Command.Item key={command.id} value={command.id} onSelect={command.run}>
                  {command.label}
                </Command.Item>
              ))}
            </Command.Group>
          )}
        </Command.List>
      </Command>
    </Dialog>
  );
}
