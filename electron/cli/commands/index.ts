import type { CliCommand } from '../types';
import { commands as project } from './project';

/** Every CLI command; modules are appended as capabilities land. */
export const allCommands: CliCommand[] = [...project];
