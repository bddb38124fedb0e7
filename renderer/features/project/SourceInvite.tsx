import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { useModel, useT } from '../../state/hooks';
import { Icon } from '../../ui/Icon';

const PASTE_KEYS = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘V' : 'Ctrl+V';

/**
 * What the Russian pane shows before there is an original: a focusable paste target (Ctrl+V
 * adds the text at once), a file picker and a drop zone. Files are read here and sent as bytes,
 * so the same path works in Electron and in the browser.
 */
export function SourceInvite({ onMoreOptions }: { onMoreOptions: () => void }) {
  const model = useModel();
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const addText = async (text: string) => {
    if (!text.trim()) {
      setHint(t('invite.emptyPaste'));
      return;
    }
    setBusy(true);
    setHint(null);
    await model.addSourceText(text);
    setBusy(false);
  };

  const addFile = async (file: File) => {
    setBusy(true);
    setHint(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    await model.importSourceFile(file.name, bytes);
    setBusy(false);
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const file = e.clipboardData.files[0];
    e.preventDefault();
    if (file) void addFile(file);
    else void addText(e.clipboardData.getData('text/plain'));
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void addFile(file);
    else {
      const text = e.dataTransfer.getData('text/plain');
      if (text) void addText(text);
    }
  };

  const pasteFromClipboard = async () => {
    try {
      await addText(await navigator.clipboard.readText());
    } catch {
      setHint(t('invite.clipboardDenied', { keys: PASTE_KEYS }));
    }
  };

  return (
    <div
      className={`source-invite${dragging ? ' is-dragging' : ''}`}
      tabIndex={0}
      role="region"
      aria-label={t('invite.pasteArea')}
      aria-describedby="source-invite-body"
      aria-busy={busy}
      data-testid="source-invite"
      onPaste={onPaste}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="source-invite-card">
        <div className="source-invite-icon" aria-hidden="true">
          <Icon name="paste" size={28} />
        </div>
        <h3 className="source-invite-title">{t('invite.title')}</h3>
        <p id="source-invite-body" className="source-invite-body">
          {t('invite.body')}
        </p>
        <p className="source-invite-keys">
          <PasteHint text={t('invite.pasteHint', { keys: '\u0000' })} keys={PASTE_KEYS} />
        </p>
        <div className="source-invite-actions">
          <button type="button" className="button primary" disabled={busy} onClick={() => fileInput.current?.click()} data-testid="open-source-file">
            <Icon name="folder" size={14} />
            {t('invite.openFile')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void pasteFromClipboard()}>
            <Icon name="paste" size={14} />
            {t('invite.pasteButton')}
          </button>
        </div>
        <p className="source-invite-foot">
          {busy ? t('invite.busy') : `${t('invite.dropHint')} · ${t('invite.formats')}`}
        </p>
        <button type="button" className="link-button centered" onClick={onMoreOptions} data-testid="import-options">
          {t('invite.moreOptions')}
        </button>
        {hint && (
          <p className="source-invite-hint" role="alert">
            {hint}
          </p>
        )}
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.text,.md,.html,.htm,.docx,text/plain,text/html"
          hidden
          data-testid="source-file-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void addFile(file);
          }}
        />
      </div>
    </div>
  );
}

/** Renders "Press <kbd>Ctrl+V</kbd> to paste" with the key cap in the translated sentence. */
function PasteHint({ text, keys }: { text: string; keys: string }) {
  const [before, after] = text.split('\u0000');
  return (
    <>
      {before}
      <kbd>{keys}</kbd>
      {after}
    </>
  );
}
