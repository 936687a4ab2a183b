// Page numbers: "- ๒ -" centred at the top from page 2 (งานสารบรรณ typing practice).
// The first page gets an empty header of its own (w:titlePg).
import { AlignmentType, Header, NumberFormat, PageNumber, Paragraph as DocxParagraph, TextRun, type ISectionOptions } from 'docx';
import type { PageNumbers } from '../../model/document.js';
import type { DocxContext } from './context.js';
import { fontRunOptions } from './run.js';

type SectionParts = Pick<ISectionOptions, 'headers'> & {
  titlePage: boolean;
  pageNumbers: { start: number; formatType: (typeof NumberFormat)[keyof typeof NumberFormat] } | undefined;
};

export function pageNumberParts(pageNumbers: PageNumbers | null, ctx: DocxContext): SectionParts {
  if (!pageNumbers) return { titlePage: false, pageNumbers: undefined };
  // One section can only tell its first page apart; numbers from page 3 on are not supported.
  const titlePage = pageNumbers.fromPage > 1;
  const numbered = new Header({ children: [pageNumberParagraph(pageNumbers.format, ctx)] });
  return {
    titlePage,
    // A header holds at least one paragraph (CT_HdrFtr), so the blank one gets an empty paragraph.
    headers: titlePage ? { default: numbered, first: new Header({ children: [new DocxParagraph({})] }) } : { default: numbered },
    // The PAGE field shows ๑๒๓ through the section's number format (w:pgNumType w:fmt="thaiNumbers"):
    // Word honours it; LibreOffice 7.4 draws Arabic digits. The field switch PAGE \* ThaiArabic is
    // worse there: LibreOffice reads it as Thai letters ("- ข -").
    pageNumbers: { start: 1, formatType: ctx.thaiDigits ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL },
  };
}

function pageNumberParagraph(format: string, ctx: DocxContext): DocxParagraph {
  const [before = '', ...rest] = format.split('{n}');
  const after = rest.join('{n}');
  const children: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  if (before) children.push(before);
  children.push(PageNumber.CURRENT);
  if (after) children.push(after);
  return new DocxParagraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ ...fontRunOptions(ctx), children })],
  });
}
