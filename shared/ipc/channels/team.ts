import { z } from 'zod';
import type { ProjectTeamMemories, TeamLookupResult, TeamStatus, TeamSyncResult } from '../../tm/team';
import { channel } from './define';
import { Id } from './projects';

const Lang = z.string().regex(/^[a-zA-Z]{2,3}([-_][A-Za-z0-9]{1,8})*$/, 'a language code such as ru or de-DE');
const MemoryName = z.string().trim().min(1).max(100);
const Password = z.string().min(1, 'the password is empty').max(500, 'that is too long for a password');

export const TeamConfigureRequest = z
  .object({
    /** postgres://host:5432/database (a password in it is stored as the password, never in the settings). */
    url: z.string().trim().min(1, 'give the server address').max(2000),
    user: z.string().trim().min(1).max(200).optional(),
    tls: z.enum(['off', 'verify-full']).default('off'),
    caFile: z.string().trim().max(4000).nullable().optional(),
    memory: MemoryName.optional(),
    /** Only the desktop app can store it (system keychain). */
    password: Password.optional(),
  })
  .strict();

/**
 * The team memory (PostgreSQL). None of these channels returns the password: the renderer
 * learns whether a team memory is set up, whether it answers, and why not.
 */
export const teamChannels = {
  'team.status': channel<TeamStatus>()(z.object({ check: z.boolean().default(false) }).strict()),
  'team.configure': channel<TeamStatus>()(TeamConfigureRequest),
  'team.setPassword': channel<TeamStatus>()(z.union([z.object({ password: Password }).strict(), z.object({ clear: z.literal(true) }).strict()])),
  'team.clear': channel<TeamStatus>()(z.object({}).strict()),
  'team.lookup': channel<TeamLookupResult>()(
    z
      .object({
        text: z.string().min(1, 'the text is empty').max(20_000, 'at most 20,000 characters'),
        projectId: Id.nullable().optional(),
        sourceLang: Lang.optional(),
        targetLang: Lang.optional(),
        minScore: z.number().int().min(0).max(100).default(50),
        limit: z.number().int().min(1).max(100).default(10),
      })
      .strict(),
  ),
  'team.sync': channel<{ results: TeamSyncResult[] }>()(z.object({ projectId: Id.nullable().optional() }).strict()),
  'team.projectMemories': channel<ProjectTeamMemories>()(z.object({ projectId: Id }).strict()),
  'team.setProjectMemories': channel<ProjectTeamMemories>()(
    z.union([
      z.object({ projectId: Id, read: z.array(MemoryName).max(20), write: MemoryName.nullable() }).strict(),
      z.object({ projectId: Id, reset: z.literal(true) }).strict(),
    ]),
  ),
} as const;
