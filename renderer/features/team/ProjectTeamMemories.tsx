import { useEffect, useState } from 'react';
import type { ProjectTeamMemories as Choice, TeamStatus } from '../../../shared/tm/team';
import { api } from '../../api';
import { useApp, useT } from '../../state/hooks';

/**
 * Which team memories the open project reads and which one it writes to (by default: the
 * connection's default memory for both).
 */
export function ProjectTeamMemories({ status }: { status: TeamStatus }) {
  const t = useT();
  const project = useApp((s) => (s.open.status === 'ready' ? s.open.value.project : null));
  const [choice, setChoice] = useState<Choice | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setChoice(null);
    if (!project) return;
    void api.team.projectMemories({ projectId: project.id }).then((r) => (r.ok ? setChoice(r.value) : setError(r.error.message)));
  }, [project?.id]);
  if (!project || !choice || status.memories.length === 0) return null;
  const save = async (next: { read: string[]; write: string | null } | null) => {
    const r = await api.team.setProjectMemories(next ? { projectId: project.id, ...next } : { projectId: project.id, reset: true });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setChoice(r.value);
  };
  const toggle = (name: string, on: boolean) => {
    const read = on ? [...choice.read, name] : choice.read.filter((m) => m !== name);
    void save({ read, write: choice.write });
  };
  return (
    <div className="team-project" data-testid="team-project">
      <p className="field-label">{t('team.projectTitle', { name: project.name })}</p>
      <div className="team-project-read">
        {status.memories.map((m) => (
          <label key={m.name} className="check">
            <input type="checkbox" checked={choice.read.includes(m.name)} onChange={(e) => toggle(m.name, e.target.checked)} />
            {m.name}
          </label>
        ))}
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field-label">{t('team.projectWrite')}</span>
          <select
            className="input"
            value={choice.write ?? ''}
            onChange={(e) => void save({ read: choice.read, write: e.target.value || null })}
            data-testid="team-project-write"
          >
            <option value="">{t('team.projectWriteNone')}</option>
            {status.memories
              .filter((m) => m.writable)
              .map((m) => (
                <option key={m.name} value={m.name}>
                  {m.name}
                </option>
              ))}
          </select>
        </label>
        {choice.custom && (
          <button type="button" className="button settings-inline-button" onClick={() => void save(null)}>
            {t('team.projectDefaults')}
          </button>
        )}
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
