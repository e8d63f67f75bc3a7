import {
  type Content,
  type PdfMeta,
  pdfPage,
  renderPdf,
  type TDocumentDefinitions,
  theme,
} from '@rolekit/render';
import type { ChecklistView, PhaseView, TaskView } from './view.js';

/** A printable checklist: the pdfmake definition and the metadata renderPdf embeds. */
export interface ChecklistDocument {
  /** Output path, e.g. roles/qa-engineer.pdf. */
  path: string;
  /**
   * Complete apart from fonts and `info`: page size, margins, styles, header and footer are set
   * here, so `pdfmake.createPdf(definition)` draws the same pages renderPdf does.
   */
  definition: Omit<TDocumentDefinitions, 'info'>;
  meta: PdfMeta;
}

const { colours } = theme;
const BOX = 9;

/** An empty square to tick with a pen. */
function checkbox(): Content {
  return {
    canvas: [{ type: 'rect', x: 0, y: 1.5, w: BOX, h: BOX, lineWidth: 0.8, lineColor: colours.ink }],
  };
}

function taskCell(task: TaskView): Content {
  const stack: Content[] = [{ text: task.title, style: 'cell' }];
  if (task.description) stack.push({ text: task.description, style: 'small', margin: [0, 2, 0, 0] });
  for (const link of task.links) {
    stack.push({
      text: [
        { text: `${link.title}: `, style: 'small' },
        { text: link.url, style: 'small', color: colours.accent },
      ],
      margin: [0, 1, 0, 0],
    });
  }
  return { stack };
}

/** A line to write on, for the role version's fill-in fields. */
function blank(label: string): Content {
  return {
    stack: [
      { text: label, style: 'small' },
      {
        canvas: [{ type: 'line', x1: 0, y1: 14, x2: 118, y2: 14, lineWidth: 0.6, lineColor: colours.muted }],
      },
    ],
  };
}

function facts(rows: Array<[string, string]>): Content {
  return {
    table: {
      widths: [70, '*'],
      body: rows.map(([label, value]) => [
        { text: label, style: 'small', margin: [0, 1, 0, 1] },
        { text: value, style: 'cell', margin: [0, 0, 0, 1] },
      ]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 6],
  };
}

/**
 * One table per phase. Its first row is the phase heading and its second the column heads; both
 * repeat on the next page, and the heading never stays behind alone at the bottom of a page.
 */
function phaseTable(phase: PhaseView, dated: boolean): Content {
  const heading = `${phase.title}${phase.dueLabel ? `  ·  due ${phase.dueLabel}` : ''}`;
  const head = (text: string) => ({ text, style: 'tableHeader' });
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [BOX + 2, '*', 120, 72],
      body: [
        [{ text: heading, style: 'h2', colSpan: 4, margin: [0, 8, 0, 2] }, {}, {}, {}],
        [head(''), head('Task'), head('Owner'), head('Due')],
        ...phase.tasks.map((task) => [
          checkbox(),
          taskCell(task),
          { text: task.ownerLabel, style: 'cell' },
          { text: dated ? (task.dueLabel ?? '') : '', style: 'cell' },
        ]),
      ],
    },
    layout: {
      hLineWidth: (i: number) => (i <= 1 ? 0 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => colours.rule,
      paddingTop: (i: number) => (i === 0 ? 0 : 4),
      paddingBottom: (i: number) => (i === 0 ? 0 : 4),
      paddingLeft: (i: number) => (i === 0 ? 0 : 4),
      paddingRight: () => 4,
    },
    margin: [0, 0, 0, 6],
  };
}

/** The pdfmake document of a checklist view: pure, so a benchmark can render it without rolekit. */
export function checklistDocument(view: ChecklistView, path: string, date: Date): ChecklistDocument {
  const dated = view.kind === 'person';
  const content: Content[] = [
    { text: view.organisation.name.toUpperCase(), style: 'small', characterSpacing: 1, margin: [0, 0, 0, 6] },
    { text: view.title, style: 'title' },
  ];
  if (view.person) {
    content.push(
      {
        text: `${view.rolesLabel}  ·  starts ${view.person.startLabel}`,
        style: 'subtitle',
        margin: [0, 0, 0, 6],
      },
      facts([
        ['Manager', view.person.manager ?? 'not named yet'],
        ['Buddy', view.person.buddy ?? 'not named yet'],
        ...(view.person.github ? ([['GitHub', `@${view.person.github}`]] as Array<[string, string]>) : []),
      ]),
    );
  } else {
    content.push(
      { text: `${view.rolesLabel}  ·  ${view.roles.map((r) => r.family).join(', ')}`, style: 'subtitle' },
      {
        columns: [blank('New hire'), blank('Start date'), blank('Manager'), blank('Buddy')],
        columnGap: 10,
        margin: [0, 0, 0, 10],
      },
    );
  }
  content.push({
    text: dated
      ? `${view.taskCount} tasks for the first 90 days. Due dates skip weekends.`
      : `${view.taskCount} tasks for the first 90 days. Write the due dates in as you plan the start.`,
    style: 'small',
    margin: [0, 0, 0, 4],
  });
  for (const phase of view.phases) content.push(phaseTable(phase, dated));

  const subject = view.person ? `${view.person.name}, ${view.rolesLabel}` : view.rolesLabel;
  const footer = `${view.organisation.name} · ${view.title}`;
  // Every page after the first names whose checklist it is, in case the pages come apart.
  const running = view.person ? `${view.title} (${view.rolesLabel})` : view.title;
  return {
    path,
    definition: {
      ...pdfPage({
        header: (currentPage: number): Content =>
          currentPage === 1
            ? { text: '' }
            : {
                columns: [
                  { text: view.organisation.name, style: 'small', alignment: 'left' },
                  { text: running, style: 'small', alignment: 'right' },
                ],
                margin: [40, 20, 40, 0],
              },
        footer,
      }),
      content,
    },
    meta: {
      title: view.title,
      subject: `Onboarding checklist: ${subject}`,
      author: view.organisation.name,
      keywords: `onboarding, ${view.roles.map((r) => r.id).join(', ')}`,
      date,
      footer,
    },
  };
}

/** One checklist's PDF. A PDF worker thread calls it too (see @rolekit/render's pdfWorkers): the view is plain data. */
export function renderChecklistPdf(view: ChecklistView, path: string, date: Date): Promise<Uint8Array> {
  const doc = checklistDocument(view, path, date);
  return renderPdf(doc.definition, doc.meta);
}

/** This module, for PDF worker jobs. */
export const pdfJobsModule = import.meta.url;
