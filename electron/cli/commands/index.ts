import type { CliCommand } from '../types';

type Loader = () => Promise<CliCommand[]>;

// Most command modules pull in the database layer, deepl-node or the file formats at load
// time; `align` and `fidelity` need none of them, so modules load on demand, and a light
// command loads its own module only.
const light: Record<string, Loader> = {
  align: async () => (await import('./align')).commands,
  fidelity: async () => (await import('./fidelity')).commands,
};
const all: Loader[] = [
  async () => (await import('./project')).commands,
  async () => (await import('./text')).commands,
  async () => (await import('./align')).commands,
  async () => (await import('./fidelity')).commands,
  async () => (await import('./tm')).commands,
  async () => (await import('./mt')).commands,
  async () => (await import('./team')).commands,
  async () => (await import('./lexicon')).commands,
];

/** Every CLI command, in help order; modules are appended as capabilities land. */
export async function loadAllCommands(): Promise<CliCommand[]> {
  return (await Promise.all(all.map((load) => load()))).flat();
}

/**
 * The commands needed to run `argv`: only the light module named by its first word when one of
 * its commands starts it (quick start-up), otherwise every command.
 */
export async function loadCommandsFor(argv: readonly string[]): Promise<CliCommand[]> {
  const load = argv[0] !== undefined && Object.hasOwn(light, argv[0]) ? light[argv[0]] : undefined;
  const lightCommands = load ? await load() : [];
  const hit = lightCommands.some((c) => c.name.split(' ').every((w, i) => argv[i] === w));
  return hit ? lightCommands : loadAllCommands();
}
