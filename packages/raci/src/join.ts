import type { PdfMeta } from '@rolekit/render';
import { PDFDocument } from 'pdf-lib';

// raci.pdf is rendered in pieces (title, one per column band, notes) so that pdfmake never holds
// more than one band in memory; pdf-lib joins them into one file and draws the running header and
// footer of a `frame` document (one pdfmake page per page of the whole) over every page.

/** Pages of a PDF that pdfkit wrote (one /Type /Page object each). */
export function pageCount(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('latin1')
      .match(/\/Type \/Page\b/g)?.length ?? 0
  );
}

/**
 * The pieces' pages in order, each with the frame's page of the same number drawn over it, as one
 * PDF. Deterministic: pdf-lib's metadata is set from `meta` alone (no clock, no random id), and
 * the fonts the pieces embed (pdfkit's subsets of Roboto) are copied with their pages.
 */
export async function joinMatrixPdf(
  pieces: readonly Uint8Array[],
  frame: Uint8Array,
  meta: PdfMeta,
): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  for (const bytes of pieces) {
    const piece = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await out.copyPages(piece, piece.getPageIndices());
    for (const page of pages) out.addPage(page);
  }
  const frameDoc = await PDFDocument.load(frame, { updateMetadata: false });
  if (frameDoc.getPageCount() !== out.getPageCount())
    throw new Error(
      `raci.pdf: the frame has ${frameDoc.getPageCount()} pages, the pieces ${out.getPageCount()}`,
    );
  const overlays = await out.embedPages(frameDoc.getPages());
  out.getPages().forEach((page, i) => {
    page.drawPage(overlays[i]!, { x: 0, y: 0 });
  });
  out.setTitle(meta.title);
  out.setAuthor(meta.author);
  out.setSubject(meta.subject ?? meta.title);
  if (meta.keywords) out.setKeywords([meta.keywords]);
  out.setCreator('rolekit');
  out.setProducer('rolekit (pdfmake, pdf-lib)');
  out.setCreationDate(meta.date);
  out.setModificationDate(meta.date);
  return out.save();
}
