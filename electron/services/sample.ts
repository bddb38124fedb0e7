import fs from 'node:fs';
import path from 'node:path';
import type { SettingsRepository } from '../db/repositories/settings';
import type { ProjectService } from './projects';

/** Where bundled resources live: electron/resources in the source tree, dist/resources when built. */
export function resourcesDir(): string {
  return process.env['SVERKA_RESOURCES'] ?? path.join(__dirname, '..', 'resources');
}

const SAMPLE_FLAG = 'sample.created';

/**
 * On first run, create a sample project holding the German sample article and an empty
 * Russian side, so a new user sees the workbench with real text at once. Runs once per
 * database: a user who deletes the sample does not get it back.
 */
export function ensureSampleProject(projects: ProjectService, settings: SettingsRepository): number | null {
  if (settings.get(SAMPLE_FLAG)) return null;
  const file = path.join(resourcesDir(), 'samples', 'seed-article.de.txt');
  const text = fs.readFileSync(file, 'utf8');
  const project = projects.create('Sample: Toqajew in der Rossiyskaya Gazeta', 'ru', 'de');
  projects.addText({
    projectId: project.id,
    role: 'target',
    lang: 'de',
    text,
    fileName: 'seed-article.de.txt',
    encoding: 'utf-8',
  });
  settings.set(SAMPLE_FLAG, new Date().toISOString());
  return project.id;
}
