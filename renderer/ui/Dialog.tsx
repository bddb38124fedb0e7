import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom; the form's submit button belongs here. */
  footer: ReactNode;
  onSubmit?: () => void;
  tone?: 'normal' | 'danger';
  testId?: string;
  wide?: boolean;
}

/**
 * A modal built on the native <dialog>: focus is trapped and restored by the browser, Escape
 * closes it, and the rest of the page is inert while it is open.
 */
export function Dialog({ title, onClose, children, footer, onSubmit, tone = 'normal', testId, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (!d.open) d.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault();
      onClose();
    };
    d.addEventListener('cancel', onCancel);
    return () => d.removeEventListener('cancel', onCancel);
  }, [onClose]);
  return (
    <dialog ref={ref} className={`dialog dialog-${tone}${wide ? ' dialog-wide' : ''}`} aria-labelledby={titleId} data-testid={testId}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit?.();
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-footer">{footer}</div>
      </form>
    </dialog>
  );
}
