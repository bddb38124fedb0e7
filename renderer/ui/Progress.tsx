/** Props of {@link Progress}. */
export interface ProgressProps {
  /** Accessible name of the bar. */
  label: string;
  /** Work done; leave out while the end cannot be known (the bar then runs indeterminately). */
  value?: number;
  /** Work in all (default 1). */
  max?: number;
  /** The visible status line next to the bar (also the bar's aria-valuetext). */
  text?: string;
  /** Shows a Cancel button when given. */
  onCancel?: () => void;
  cancelLabel?: string;
  testId?: string;
}

/**
 * The progress bar with its status line and Cancel, as the alignment shows it in the toolbar;
 * a role="progressbar" so that assistive technology (and the tests) read done and total.
 */
export function Progress({ label, value, max = 1, text, onCancel, cancelLabel, testId }: ProgressProps) {
  const determinate = value !== undefined;
  const pct = determinate && max > 0 ? Math.max(0, Math.min(100, Math.round((value / max) * 100))) : 0;
  return (
    <span className="align-progress" data-testid={testId}>
      <span
        className={determinate ? 'progress' : 'progress is-indeterminate'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        {...(determinate ? { 'aria-valuenow': value, 'aria-valuemax': max } : {})}
        {...(text ? { 'aria-valuetext': text } : {})}
      >
        <span className="progress-fill" style={determinate ? { width: `${pct}%` } : undefined} />
      </span>
      {text && (
        <span role="status" className="progress-text">
          {text}
        </span>
      )}
      {onCancel && (
        <button type="button" className="button small" onClick={onCancel} data-testid={testId ? `${testId}-cancel` : undefined}>
          {cancelLabel}
        </button>
      )}
    </span>
  );
}
