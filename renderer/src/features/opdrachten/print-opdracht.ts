import type { TFunction } from 'i18next';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import type { Opdracht, Team } from '../../../../shared/domain/opdracht';
import type { Opdrachtgever } from '../../../../shared/domain/opdrachtgever';
import type { Student } from '../../../../shared/domain/student';
import { deadlineOf } from '../../../../shared/opdrachten';
import { getFrameworkNodes } from '../../db/repositories/frameworks';
import { getRubricVersion } from '../../db/repositories/rubrics';
import { platform } from '../../platform';
import { safeFileName } from '../frameworks/export-framework';
import { pageLabels, rubricPdfLabels } from '../rubrics/export-rubric';
import type { OpdrachtenData } from './use-opdrachten';

export interface PrintContext {
  opdracht: Opdracht;
  client: Opdrachtgever | undefined;
  teams: Team[];
  data: OpdrachtenData;
  students: ReadonlyMap<string, Student>;
  linkedNodes: FrameworkNode[];
}

/** The current version of each linked rubric, with its title, as the PDFs print them. */
async function rubricsOf(context: PrintContext) {
  const rubrics = context.data.rubrics.filter((rubric) => context.opdracht.rubricIds.includes(rubric.id));
  const versions = await Promise.all(rubrics.map((rubric) => getRubricVersion(rubric.currentVersionId)));
  return rubrics.flatMap((rubric, index) => {
    const version = versions[index];
    return version ? [{ title: rubric.title, description: rubric.description, version }] : [];
  });
}

async function save(name: string, bytes: Uint8Array): Promise<string | null> {
  const result = await platform.saveFile({ suggestedName: name, filters: [{ name: 'PDF', extensions: ['pdf'] }], data: bytes });
  return result.status === 'saved' ? result.fileName : null;
}

/** The opdrachtkaart: the brief for students and the client, with the rubric(s). */
export async function printOpdrachtkaart(t: TFunction, context: PrintContext): Promise<string | null> {
  // jsPDF and the fonts arrive only when the teacher prints.
  const [{ loadPdfFonts }, pdf] = await Promise.all([import('../../pdf'), import('./pdf')]);
  const english = t('pdf.language') === 'en';
  const [fonts, rubrics] = await Promise.all([loadPdfFonts(), rubricsOf(context)]);
  // The rubric criteria may link to eindtermen the opdracht itself does not list.
  const criterionNodeIds = rubrics.flatMap((rubric) => rubric.version.criteria.flatMap((criterion) => criterion.nodeIds));
  const nodes = [...context.linkedNodes, ...(await getFrameworkNodes(criterionNodeIds))];
  const contact = context.client?.contacts.find((candidate) => candidate.id === context.opdracht.contactId) ?? null;
  const bytes = pdf.renderOpdrachtkaartPdf({
    fonts,
    labels: english ? pdf.OPDRACHTKAART_PDF_LABELS_EN : pdf.OPDRACHTKAART_PDF_LABELS_NL,
    deadline: deadlineOf(context.opdracht),
    opdracht: context.opdracht,
    opdrachtgever: context.client ?? null,
    contact,
    groups: context.opdracht.groupIds.map((id) => context.data.groups.find((group) => group.id === id)?.name).filter((name): name is string => Boolean(name)),
    nodes: new Map(nodes.map((node) => [node.id, node])),
    rubrics,
    language: english ? 'en' : 'nl',
    rubricLabels: rubricPdfLabels(t),
    pageLabels: pageLabels(t),
  });
  return save(`${t('opdrachten.cardFileName')}-${safeFileName(context.opdracht.title)}.pdf`, bytes);
}

/** One feedback form per team for the opdrachtgever (their input is advisory). */
export async function printFeedbackForms(t: TFunction, context: PrintContext): Promise<string | null> {
  const [{ loadPdfFonts }, pdf] = await Promise.all([import('../../pdf'), import('./pdf')]);
  const english = t('pdf.language') === 'en';
  const [fonts, rubrics] = await Promise.all([loadPdfFonts(), rubricsOf(context)]);
  const bytes = pdf.renderFeedbackFormPdf({
    fonts,
    labels: english ? pdf.FEEDBACK_FORM_PDF_LABELS_EN : pdf.FEEDBACK_FORM_PDF_LABELS_NL,
    opdracht: context.opdracht,
    opdrachtgever: context.client ?? null,
    rubrics,
    teams: pdf.feedbackFormTeams(context.teams, context.students, new Map(context.data.groups.map((group) => [group.id, group]))),
    language: english ? 'en' : 'nl',
    pageLabels: pageLabels(t),
  });
  return save(`${t('opdrachten.feedbackFileName')}-${safeFileName(context.opdracht.title)}.pdf`, bytes);
}
