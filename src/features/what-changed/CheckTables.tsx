import { periodName } from '../../domain/periods';
import type { GlossaryEntry } from '../../domain/types';
import type { PrintedTarget, Revision, TargetChange } from '../../domain/what-changed';
import { REVISION_WORDS } from '../../domain/what-changed-text';
import { MeasureName } from './ChangeLists';

function ColumnHeads({ names }: { names: readonly string[] }) {
  return (
    <thead>
      <tr>
        {names.map((name) => (
          <th key={name} scope="col">
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Figures for earlier periods that differ from the published data: a data-quality check before publishing. */
export function RevisionTable({ revisions, glossary }: { revisions: readonly Revision[]; glossary: readonly GlossaryEntry[] }) {
  return (
    <div className="what-changed__scroll">
      <table className="what-changed__table">
        <caption>
          Data-quality check: a figure for an earlier period differs from the published data. Confirm each one is a deliberate
          correction before publishing.
        </caption>
        <ColumnHeads names={['Measure', 'Period', 'Published', 'New files', 'What changed']} />
        <tbody>
          {revisions.map((r) => (
            <tr key={`${r.measureId} ${r.period.kind} ${r.period.end}`}>
              <th scope="row">
                <MeasureName id={r.measureId} title={r.title} glossary={glossary} />
              </th>
              <td>{periodName(r.period)}</td>
              <td className="what-changed__figure">{r.before ?? 'No row'}</td>
              <td className="what-changed__figure">{r.after ?? 'No row'}</td>
              <td>{REVISION_WORDS[r.kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Target({ target }: { target: PrintedTarget | null }) {
  if (!target) return <>No target</>;
  return (
    <>
      {target.target}
      <span className="what-changed__tolerance">{target.tolerance === 'none' ? 'no tolerance' : `tolerance ${target.tolerance}`}</span>
    </>
  );
}

/** Target rows set, removed or changed in the new files, the published and the new side by side. */
export function TargetChangeTable({ changes, glossary }: { changes: readonly TargetChange[]; glossary: readonly GlossaryEntry[] }) {
  return (
    <div className="what-changed__scroll">
      <table className="what-changed__table">
        <caption>Targets and tolerances in the published data and in the new files, by measure and year.</caption>
        <ColumnHeads names={['Measure', 'Year', 'Published', 'New files']} />
        <tbody>
          {changes.map((c) => (
            <tr key={`${c.measureId} ${c.year}`}>
              <th scope="row">
                <MeasureName id={c.measureId} title={c.title} glossary={glossary} />
              </th>
              <td>{c.year}</td>
              <td className="what-changed__figure">
                <Target target={c.printed.before} />
              </td>
              <td className="what-changed__figure">
                <Target target={c.printed.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
