import type { Severity } from '../../domain/types';

const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', notice: 'Notice' };

/** A shape as well as a colour and a word, as the ratings have: a diamond, a triangle, a circle. */
function SeverityShape({ severity }: { severity: Severity }) {
  switch (severity) {
    case 'error':
      return <rect x="2.5" y="2.5" width="11" height="11" transform="rotate(45 8 8)" />;
    case 'warning':
      return <polygon points="8,1.5 15,14.5 1,14.5" />;
    case 'notice':
      return <circle cx="8" cy="8" r="6" />;
  }
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`severity-badge severity-badge--${severity}`}>
      <svg className="severity-badge__icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
        <SeverityShape severity={severity} />
      </svg>
      {LABEL[severity]}
    </span>
  );
}
