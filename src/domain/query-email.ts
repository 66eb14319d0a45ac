// "Raise a query about this measure": a mailto: link to the Governance Advisor, pre-filled with what the
// member was looking at, so the officer answering knows the measure, quarter and figure without asking.
// Encoded as RFC 6068 says: percent-encoding (a space is %20, never +) and CRLF line breaks (%0D%0A).
// Figures come from the scorecard row as printed, so a suppressed [c] stays [c] in the e-mail too.
import { formatCell } from './format-value';
import { financialQuarterLabel, periodName } from './periods';
import type { ScorecardRow } from './scorecard-row';
import { tallyText } from './trend-chart-rows';

export interface QueryEmail {
  subject: string;
  body: string;
}

const CRLF = '\r\n';

export function queryEmail(row: ScorecardRow): QueryEmail {
  const { measure } = row;
  const quarter = financialQuarterLabel(row.quarter);
  const value = row.current && row.period ? `${formatCell(row.current.value, measure.unit, measure.decimals)} (${periodName(row.period)})` : 'no data for this quarter';
  const tally = row.current && tallyText(row.current);
  const lines = [
    `Measure: ${measure.id} ${measure.title}`,
    `Quarter: ${quarter}`,
    `Value: ${value}`,
    ...(tally ? [`Tally: ${tally}`] : []),
    `Rating: ${row.rag.text}`,
    `Direction of travel: ${row.dot.text}`,
    '',
    'My question:',
    '',
    '',
  ];
  return { subject: `Scorecard query: ${measure.id} ${measure.title} (${quarter})`, body: lines.join(CRLF) };
}

/** RFC 6068 hfvalue: encodeURIComponent already writes %20 for a space; line breaks are normalised to CRLF. */
function encodeField(text: string): string {
  return encodeURIComponent(text.replace(/\r\n|\r|\n/g, CRLF));
}

/** The address with its local part and domain encoded, keeping the one "@" the scheme needs. */
function encodeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return encodeURIComponent(address);
  return `${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
}

/** The mailto: address for a query, or null when settings.csv names nobody to send it to. */
export function queryEmailHref(address: string | null, row: ScorecardRow): string | null {
  const to = address?.trim();
  if (!to) return null;
  const { subject, body } = queryEmail(row);
  return `mailto:${encodeAddress(to)}?subject=${encodeField(subject)}&body=${encodeField(body)}`;
}
