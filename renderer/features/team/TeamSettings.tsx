import { useEffect, useState } from 'react';
import type { TeamStatus, TeamTls } from '../../../shared/tm/team';
import { api } from '../../api';
import { useT } from '../../state/hooks';
import { ProjectTeamMemories } from './ProjectTeamMemories';

/**
 * Settings → Team memory: the server, user, TLS (verify-full with a CA file) and password. The
 * renderer never receives the password back: only whether one is saved, whether the server
 * answers, and why not.
 */
export function TeamSettings() {
  const t = useT();
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [tls, setTls] = useState<TeamTls>('off');
  const [caFile, setCaFile] = useState('');
  const [memory, setMemory] = useState('main');
  const [password, setPassword] = useState('');

  const show = (s: TeamStatus) => {
    setStatus(s);
    const c = s.connection;
    if (c) {
      setUrl(`postgres://${c.host.includes(':') ? `[${c.host}]` : c.host}:${c.port}/${c.database}`);
      setUser(c.user);
      setTls(c.tls);
      setCaFile(c.caFile ?? '');
      setMemory(c.memory);
    }
  };
  const run = async (p: Promise<{ ok: true; value: TeamStatus } | { ok: false; error: { message: string } }>) => {
    setBusy(true);
    setNote(null);
    const r = await p;
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setPassword('');
    show(r.value);
  };

  useEffect(() => {
    void run(api.team.status({ check: true }));
  }, []);

  const fromEnv = status?.source === 'env';
  const save = () =>
    run(
      api.team.configure({
        url: url.trim(),
        user: user.trim() || undefined,
        tls,
        caFile: caFile.trim() || null,
        memory: memory.trim() || undefined,
        ...(password && status?.canSetPassword !== false ? { password } : {}),
      }),
    );
  const sync = async () => {
    setBusy(true);
    const r = await api.team.sync({});
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    const pushed = r.value.results.reduce((n, x) => n + x.pushed, 0);
    const pulled = r.value.results.reduce((n, x) => n + x.pulled, 0);
    setNote(t('team.synced', { pushed, pulled }));
    const s = await api.team.status({ check: false });
    if (s.ok) setStatus(s.value);
  };

  return (
    <fieldset className="fieldset" data-testid="team-settings">
      <legend className="field-label">{t('team.settings')}</legend>
      <p className="subtle">{t('team.intro')}</p>
      <p className="settings-status" data-testid="team-status" role="status">
        {status === null || busy
          ? t('team.checking')
          : !status.configured
            ? t('team.notConfigured')
            : status.reachable
              ? t('team.reachable', { memories: status.memories.map((m) => (m.writable ? m.name : `${m.name} (${t('team.readOnly')})`)).join(', ') })
              : t('team.unreachable', { message: status.error?.message ?? '' })}
      </p>
      {fromEnv && <p className="subtle">{t('team.fromEnv')}</p>}
      {status && status.outbox.pending > 0 && (
        <p className="subtle" data-testid="team-outbox">
          {t('team.outbox', { n: status.outbox.pending })}
        </p>
      )}
      <div className="team-grid">
        <label className="field team-wide">
          <span className="field-label">{t('team.url')}</span>
          <input className="input" value={url} disabled={fromEnv} spellCheck={false} placeholder="postgres://db.example.org:5432/sverka" onChange={(e) => setUrl(e.target.value)} data-testid="team-url" />
        </label>
        <label className="field">
          <span className="field-label">{t('team.user')}</span>
          <input className="input" value={user} disabled={fromEnv} autoComplete="off" onChange={(e) => setUser(e.target.value)} data-testid="team-user" />
        </label>
        <label className="field">
          <span className="field-label">{t('team.password')}</span>
          <input
            className="input"
            type="password"
            autoComplete="off"
            value={password}
            disabled={fromEnv || status?.canSetPassword === false}
            placeholder={status?.passwordSet ? '••••••••' : ''}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="team-password"
          />
        </label>
        <label className="field">
          <span className="field-label">{t('team.tls')}</span>
          <select className="input" value={tls} disabled={fromEnv} onChange={(e) => setTls(e.target.value as TeamTls)} data-testid="team-tls">
            <option value="off">{t('team.tls.off')}</option>
            <option value="verify-full">{t('team.tls.verifyFull')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('team.caFile')}</span>
          <input className="input" value={caFile} disabled={fromEnv || tls === 'off'} spellCheck={false} onChange={(e) => setCaFile(e.target.value)} data-testid="team-ca" />
        </label>
        <label className="field">
          <span className="field-label">{t('team.memory')}</span>
          <input className="input" value={memory} disabled={fromEnv} maxLength={100} onChange={(e) => setMemory(e.target.value)} data-testid="team-memory" />
        </label>
      </div>
      {status?.reachable && <ProjectTeamMemories status={status} />}
      {status?.canSetPassword === false && !fromEnv && <p className="subtle">{t('team.passwordEnvOnly')}</p>}
      {status?.passwordSet && status.canSetPassword && <p className="subtle">{t('team.passwordSet')}</p>}
      <div className="field-row">
        {!fromEnv && (
          <button type="button" className="button" disabled={busy || !url.trim()} onClick={() => void save()} data-testid="team-save">
            {t('team.save')}
          </button>
        )}
        <button type="button" className="button" disabled={busy || !status?.configured} onClick={() => void run(api.team.status({ check: true }))} data-testid="team-check">
          {t('team.check')}
        </button>
        <button type="button" className="button" disabled={busy || !status?.reachable} onClick={() => void sync()} data-testid="team-sync">
          {t('team.syncNow')}
        </button>
        {!fromEnv && status?.configured && (
          <button type="button" className="button" disabled={busy} onClick={() => void run(api.team.clear({}))}>
            {t('team.remove')}
          </button>
        )}
      </div>
      {note && (
        <p className="subtle" role="status">
          {note}
        </p>
      )}
      {error && (
        <p className="error-text" role="alert" data-testid="team-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
