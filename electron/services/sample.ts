import fs from 'node:fs';
import path from 'node:path';
import type { SettingsRepository } from '../db/repositories/settings';
import type { ProjectService } from './projects';

/** Where bundled resources live: electron/resources in the source tree, dist/resources when built. */
export function resourcesDir(): string {
  return process.env['SVERKA_RESOURCES'] ?? path.join(__dirname, '..', 'resources');
}

const SAMPLE_FLAG = 'sample.created';
const DEMO_FLAG = 'sample.demo.created';

/** Adds a bundled sample file to a project as its document in `role`. */
function addSample(projects: ProjectService, projectId: number, role: 'source' | 'target', lang: string, fileName: string): void {
  const text = fs.readFileSync(path.join(resourcesDir(), 'samples', fileName), 'utf8');
  projects.addText({ projectId, role, lang, text, fileName, encoding: 'utf-8' });
}

/**
 * On first run, create a sample project holding the German sample article and an empty
 * Russian side, so a new user sees the workbench with real text at once. Runs once per
 * database: a user who deletes the sample does not get it back.
 */
export function ensureSampleProject(projects: ProjectService, settings: SettingsRepository): number | null {
  if (settings.get(SAMPLE_FLAG)) return null;
  const project = projects.create('Sample: Toqajew in der Rossiyskaya Gazeta', 'ru', 'de');
  addSample(projects, project.id, 'target', 'de', 'seed-article.de.txt');
  settings.set(SAMPLE_FLAG, new Date().toISOString());
  return project.id;
}

/** What the demo project says about itself: its texts are made up. */
export const DEMO_DESCRIPTION =
  'Invented for this demo: the people, the newspaper, the river Talma and the events are fictitious. ' +
  'Für diese Demo erfunden: Personen, Zeitung, der Fluss Talma und die Ereignisse sind frei erfunden.';

/**
 * The demo: a Russian op-ed and a German news piece quoting it, both written for Sverka
 * (invented people, newspaper and events). The German quotes some passages closely, renders
 * others loosely and has quotations the op-ed does not contain, a newspaper's name and a
 * term; the caller aligns it so that it opens aligned. Created once per database, after the
 * sample, so that it is the project a newcomer sees first.
 */
export function ensureDemoProject(projects: ProjectService, settings: SettingsRepository): number | null {
  if (settings.get(DEMO_FLAG)) return null;
  const project = projects.create('Demo: Streit um die Talma', 'ru', 'de', DEMO_DESCRIPTION);
  addSample(projects, project.id, 'source', 'ru', 'demo-oped.ru.txt');
  addSample(projects, project.id, 'target', 'de', 'demo-report.de.txt');
  settings.set(DEMO_FLAG, new Date().toISOString());
  return project.id;
}
