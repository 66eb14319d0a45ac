// The newsletter's e-mail snapshot: e-mail readers run no script, load no style sheet and show no iframe, so the
// fragment is a table with inline styles only, holding the picture of performance on a page (sent alongside as a
// PNG), its alt text, a short summary in words and a link to the live scorecard.
import { xmlEscape } from '../../../domain/measure-card-svg';

export interface EmailSnapshotInput {
  /** "Sample Borough Council. Children and young people's services: performance on a page, 2024-25 Q3". */
  title: string;
  /** The PNG's file name as the editor will upload it beside the HTML: "scorecard-2024-25-Q3.png". */
  imageFile: string;
  /** Its size in CSS pixels (the PNG itself is twice this, so it is crisp on high-density screens). */
  width: number;
  height: number;
  alt: string;
  /** The quarter in a paragraph of plain words. */
  summary: string;
  /** The live scorecard for the quarter, as an absolute address. */
  link: string;
  linkText: string;
  caption: string;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;';

/** The HTML fragment, every text and address escaped. */
export function emailSnapshotHtml(input: EmailSnapshotInput): string {
  const e = xmlEscape;
  const cell = (style: string, content: string) => `  <tr>\n    <td style="${FONT}${style}">${content}</td>\n  </tr>`;
  return [
    `<!-- Scorecard e-mail snapshot. Upload ${e(input.imageFile)} with this HTML, or change the img src to where it is published. -->`,
    `<table role="presentation" width="${input.width}" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;width:100%;max-width:${input.width}px;">`,
    cell('font-size:20px;font-weight:bold;line-height:1.3;padding:0 0 12px 0;', e(input.title)),
    cell(
      'padding:0 0 12px 0;',
      `<a href="${e(input.link)}"><img src="${e(input.imageFile)}" alt="${e(input.alt)}" width="${input.width}" height="${input.height}" style="display:block;width:100%;max-width:${input.width}px;height:auto;border:0;"></a>`,
    ),
    cell('font-size:16px;line-height:1.5;padding:0 0 12px 0;', e(input.summary)),
    cell('font-size:16px;line-height:1.5;padding:0 0 12px 0;', `<a href="${e(input.link)}" style="color:#1d70b8;text-decoration:underline;">${e(input.linkText)}</a>`),
    cell('font-size:13px;line-height:1.4;color:#505a5f;padding:0;', e(input.caption)),
    '</table>',
  ].join('\n');
}
