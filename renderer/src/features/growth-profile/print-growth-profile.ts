import type { TFunction } from 'i18next';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { Group } from '../../../../shared/domain/group';
import type { SchoolSettings } from '../../../../shared/domain/school-settings';
import { fullName, type Student } from '../../../../shared/domain/student';
import type { MasteryMethod } from '../../../../shared/growth';
import { platform } from '../../platform';
import { personFileName } from '../privacy/file-name';
import { pageLabels } from '../rubrics/export-rubric';
import { loadGrowthProfile } from './load-growth-profile';
import type { GrowthProfilePdfLabels } from './pdf';

export interface PrintGrowthProfileContext {
  student: Student;
  group: Group | null;
  cohort: Cohort | null;
  settings: SchoolSettings;
}

/** The groeiprofiel of one student as PDF, saved; returns the file name (null when the teacher cancelled). */
export async function printGrowthProfile(t: TFunction, context: PrintGrowthProfileContext): Promise<string | null> {
  // jsPDF and the fonts arrive only when the teacher prints.
  const [{ loadPdfFonts }, pdf, profile] = await Promise.all([import('../../pdf'), import('./pdf'), loadGrowthProfile(context.student, context.settings.observationScale)]);
  const name = fullName(context.student);
  const bytes = pdf.renderGrowthProfilePdf({
    fonts: await loadPdfFonts(),
    profile,
    studentName: name,
    leerlingnummer: context.student.leerlingnummer,
    group: context.group?.name ?? null,
    cohort: context.cohort?.name ?? null,
    scale: context.settings.observationScale,
    school: context.settings.schoolName || undefined,
    teacher: context.settings.teacherName || undefined,
    labels: growthProfileLabels(t),
    language: t('pdf.language') === 'en' ? 'en' : 'nl',
    pageLabels: pageLabels(t),
  });
  const result = await platform.saveFile({
    suggestedName: `${t('growthProfile.fileName')}-${personFileName(name)}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    data: bytes,
  });
  return result.status === 'saved' ? result.fileName : null;
}

/** The PDF's texts from the translations, so an English interface prints an English profile. */
export function growthProfileLabels(t: TFunction): GrowthProfilePdfLabels {
  const methodName = (method: MasteryMethod) => t(`growth.method.${method.kind}.name`, { n: method.kind === 'mean-last-n' ? method.n : 0 });
  return {
    kicker: t('growthProfile.pdf.kicker'),
    notSummative: t('growthProfile.pdf.notSummative'),
    intro: t('growthProfile.pdf.intro'),
    noEvidence: t('growthProfile.pdf.noEvidence'),
    legendCounted: t('growthProfile.pdf.legendCounted'),
    legendOther: t('growthProfile.pdf.legendOther'),
    current: (level) => t('growthProfile.pdf.current', { level }),
    noMastery: t('growthProfile.pdf.noMastery'),
    method: (method, count) => t('growthProfile.pdf.method', { method: methodName(method), count }),
    converted: (size) => t('growth.normalised', { size }),
    oneEvidence: t('growth.oneEvidence'),
    unknownGoal: t('growthProfile.pdf.unknownGoal'),
    assessor: (assessor, name) => (name && assessor !== 'peer' ? `${t(`growth.source.${assessor}`)} (${name})` : t(`growth.source.${assessor}`)),
    evidenceCount: (count) => t('growthProfile.pdf.evidenceCount', { count }),
    columnDate: t('growthProfile.pdf.columnDate'),
    columnLevel: t('growthProfile.pdf.columnLevel'),
    columnAssessor: t('growthProfile.pdf.columnAssessor'),
    columnOpdracht: t('growthProfile.pdf.columnOpdracht'),
    columnNote: t('growthProfile.pdf.columnNote'),
    footer: (name) => t('growthProfile.pdf.footer', { name }),
    studentLine: ({ group, cohort, number }) => [group, cohort, t('growthProfile.pdf.number', { number })].filter(Boolean).join(' · '),
  };
}
