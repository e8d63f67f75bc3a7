/**
 * The access review as a PDF an auditor signs: date and scope on the first page, every finding
 * with its path and who is accountable, findings by person, and a sign-off block. Through the
 * shared pdfmake kit (fonts, theme, page footer), so its bytes depend only on the report.
 */
import { type Content, renderPdf } from '@rolekit/render';
import type { AuditReport } from './findings.js';
import { accountableText, KIND_TITLES, ordered, scopeText, summaryLine } from './report.js';

/** Model text comes from YAML: one line, no control characters, so a value cannot break the layout. */
const plain = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

export async function auditPdf(report: AuditReport): Promise<Uint8Array> {
  const findings = ordered(report);
  const head = (text: string) => ({ text, style: 'tableHeader' });
  const body: Content[] = [
    { text: `Access review: ${plain(report.organisation)}`, style: 'title' },
    {
      text: `${report.date} · read-only comparison of the live services with the role model`,
      style: 'subtitle',
    },
    { text: 'Scope', style: 'h1' },
    { text: plain(scopeText(report)), style: 'body' },
    { text: 'Result', style: 'h1' },
    { text: plain(summaryLine(report)), style: 'body' },
    { text: 'Findings', style: 'h1' },
  ];
  if (findings.length === 0)
    body.push({ text: 'No findings: the live state is as the model says.', style: 'body' });
  else {
    body.push({
      table: {
        headerRows: 1,
        widths: [22, 34, 70, 70, '*', 80, 80],
        body: [
          [
            head('#'),
            head('severity'),
            head('finding'),
            head('account'),
            head('access'),
            head('path'),
            head('accountable'),
          ],
          ...findings.map((f) =>
            [
              f.id,
              f.severity,
              `${KIND_TITLES[f.kind]}${f.policy ? ` (${f.policy})` : ''}${f.role ? `; role ${f.role}` : ''}`,
              f.person ? `${f.person} (${f.account})` : f.account,
              f.what,
              f.path,
              accountableText(f.accountable),
            ].map((t) => ({ text: plain(t), style: 'cell' })),
          ),
        ],
      },
      layout: 'lightHorizontalLines',
    });
  }
  const who = new Map<string, string[]>();
  for (const f of findings) {
    const k = f.person ?? `${f.service}:${f.account}`;
    who.set(k, [...(who.get(k) ?? []), f.id]);
  }
  if (who.size > 0) {
    body.push({ text: 'Findings by person or account', style: 'h1' });
    body.push({
      table: {
        headerRows: 1,
        widths: [180, '*'],
        body: [
          [head('person or account'), head('findings')],
          ...[...who]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, ids]) => [
              { text: plain(k), style: 'cell' },
              { text: ids.join(', '), style: 'cell' },
            ]),
        ],
      },
      layout: 'lightHorizontalLines',
    });
  }
  body.push(
    { text: 'Sign-off', style: 'h1' },
    {
      text: 'I have reviewed the findings above and the accountable owners have been informed.',
      style: 'body',
      margin: [0, 0, 0, 18],
    },
    {
      columns: [
        { text: 'Reviewed by\n\n______________________________', style: 'body' },
        { text: 'Date\n\n______________________', style: 'body' },
        { text: 'Signature\n\n______________________________', style: 'body' },
      ],
    },
  );
  return renderPdf(
    { pageOrientation: 'landscape', content: body },
    {
      title: `Access review: ${plain(report.organisation)}`,
      author: 'rolekit',
      subject: 'Access review',
      date: new Date(`${report.date}T00:00:00Z`),
      footer: `Access review ${report.date}`,
    },
  );
}
