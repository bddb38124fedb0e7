import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { useApp, useModel, useT } from '../../state/hooks';
import type { AddOutcome } from '../../state/app';
import { Icon } from '../../ui/Icon';
import { LangQuestion } from '../import/LangQuestion';

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
  const sourceLang = useApp((s) => (s.open.status === 'ready' ? s.open.value.project.sourceLang : 'ru'));
  /** A text the backend found in another script than Russian: kept until the user decides. */
  const [doubt, setDoubt] = useState<{ text: string; retry: () => Promise<AddOutcome> } | null>(null);

  const run = async (add: (accept: boolean) => Promise<AddOutcome>, text: string) => {
    setBusy(true);
    setHint(null);
    const outcome = await add(false);
    setBusy(false);
    setDoubt(outcome === 'mismatch' ? { text, retry: () => add(true) } : null);
  };

  const addText = async (text: string) => {
    if (!text.trim()) {
      setHint(t('invite.emptyPaste'));
      return;
    }
    await run((accept) => model.addSourceText(text, accept), text);
  };

  const addFile = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const preview = /\.(docx|html?)$/i.test(file.name) ? '' : new TextDecoder().decode(bytes.subarray(0, 4096));
    await run((accept) => model.importSourceFile(file.name, bytes, accept), preview);
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
        {doubt && (
          <div className="source-invite-doubt">
            <LangQuestion role="source" slotLang={sourceLang} found={doubt.text} />
            <div className="source-invite-actions">
              <button
                type="button"
                className="button primary"
                disabled={busy}
                data-testid="import-anyway"
                onClick={async () => {
                  setBusy(true);
                  await doubt.retry();
                  setBusy(false);
                  setDoubt(null);
                }}
              >
                {t('import.anyway')}
              </button>
              <button type="button" className="button" onClick={() => setDoubt(null)} data-testid="import-cancel">
                {t('dialog.cancel')}
              </button>
            </div>
          </div>
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
